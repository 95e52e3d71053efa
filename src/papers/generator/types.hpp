// Plain structs of a worksheet ("paper"): the config a teacher edits (legacy wire names, see
// shared/spec/legacy/papers.md §1.1) and the questions the generator derives from it and a seed.
// No I/O, no JSON here: src/papers/generator/wire.hpp maps these to and from the wire shape.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace anzan::papers {

// Every constraint is optional; absent means "the type's default". Names are the wire names.
struct Constraints {
    std::optional<int> digits, rows;
    std::optional<bool> allowBorrow, allowCarry;
    std::optional<long long> minAnswer, maxAnswer;
    std::optional<int> dividendDigits, divisorDigits;
    std::optional<int> multiplicandDigits, multiplierDigits;
    std::optional<int> rootDigits;
    std::optional<int> percentageMin, percentageMax;
    std::optional<int> numberDigits;  // percentage: digits of the number ("p% of n")
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
