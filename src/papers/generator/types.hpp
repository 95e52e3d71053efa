// Plain structs of a worksheet ("paper"): the config a teacher edits (legacy wire names, see
// shared/spec/legacy/papers.md §1.1) and the questions the generator derives from it and a seed.
// No I/O, no JSON here: src/papers/generator/wire.hpp maps these to and from the wire shape.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace anzan::papers {

// Every constraint is optional; absent means "the type's default". Each member is the snake_case
// spelling of its wire name (constraint_fields.def pairs them: allow_borrow is "allowBorrow").
struct Constraints {
    std::optional<int> digits, rows;
    std::optional<bool> allow_borrow, allow_carry;
    std::optional<long long> min_answer, max_answer;
    std::optional<int> dividend_digits, divisor_digits;
    std::optional<int> multiplicand_digits, multiplier_digits;
    std::optional<int> root_digits;
    std::optional<int> percentage_min, percentage_max;
    std::optional<int> number_digits;  // percentage: digits of the number ("p% of n")
};

struct BlockConfig {
    std::string id;
    std::string type;  // e.g. "addition", "big_friends_add_sub"
    int count = 10;
    Constraints constraints;
    std::optional<std::string> title;
};

struct PaperConfig {
    std::string title;
    std::string level = "Custom";  // "Custom", "Junior", "AB-1".."AB-10", "Advanced"
    std::vector<BlockConfig> blocks;
};

struct Question {
    int id = 0;                               // 1-based, sequential across the whole paper
    std::string text;                         // display text; vertical rows joined by "\n"
    std::vector<long long> operands;          // legacy shape: decimals scaled to integers
    // Exact decimal text of each operand, same scaling as `operands`. Authoritative: operands
    // wider than 64 bits (e.g. 20-digit dividends, 30-digit radicands) are 0 in `operands`.
    std::vector<std::string> operand_texts;
    std::string op;                           // "operator" on the wire: "+", "-", "±", "×", "÷", "√", "∛", "%", "LCM", "GCD"
    std::vector<std::string> operators;       // one "+"/"-" per operand after the first (mixed types), else empty
    std::string answer;                       // exact decimal text, e.g. "405", "33.6", "-12"
    bool is_vertical = false;                 // "isVertical" on the wire
};

struct GeneratedBlock {
    BlockConfig config;
    std::vector<Question> questions;
};

struct GeneratedPaper {
    std::uint64_t seed = 0;
    std::vector<GeneratedBlock> blocks;
};

}  // namespace anzan::papers
