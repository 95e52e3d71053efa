// The contract between the block generator and one question type. A type validates a block's
// constraints into a Plan: how to draw one candidate question, and how many distinct questions
// the draws can reach. The block generator (generator.cpp) owns ids, uniqueness, answer bounds,
// attempt limits and error wording. Plans are immutable once built; `draw` may be called from
// one thread at a time per Rng.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "papers/generator/catalogue.hpp"
#include "papers/generator/rng.hpp"
#include "papers/generator/types.hpp"
#include "platform/result.hpp"

namespace anzan::papers::gen {

struct Plan {
    // One candidate question (id left 0). nullopt when this draw broke a rule of the type; the
    // caller then draws again from the same stream.
    std::function<std::optional<Question>(Rng&)> draw;
    // Distinct questions the draws can produce: exact when `exact` is set, else a lower bound.
    // Saturates at 2^120.
    UInt128 space = 0;
    bool exact = false;
    // Accepted draws are uniform over `space`.
    bool uniform = false;
    // A lower bound on the share of draws that return a question (not nullopt); 0 = unknown,
    // the block generator then measures it with a fixed-seed probe.
    double acceptance = 1.0;
    // `draw` already honours minAnswer/maxAnswer and `space` counts only answers within them.
    // Otherwise the block generator filters answers and estimates the space with a probe.
    bool handles_answer_range = false;
    // The constraints that shape the space, for error messages: "digits=1, rows=2".
    std::string describe;
    // Heap bytes `draw` keeps alive (lookup tables), so a cache of plans can be bounded in bytes.
    std::size_t bytes = 0;
};

// `type` is the type's catalogue entry: the ranges and defaults of the constraints it reads.
using PlanFn = Result<Plan> (*)(const Constraints& constraints, const QuestionTypeSpec& type);

constexpr UInt128 kSpaceCap = static_cast<UInt128>(1) << 120;
// Inline: the sum tables call this millions of times.
inline UInt128 saturating_add(UInt128 a, UInt128 b) {
    const UInt128 sum = a + b;
    return sum > kSpaceCap ? kSpaceCap : sum;  // both below 2^121, so the sum cannot wrap
}
UInt128 saturating_mul(UInt128 a, UInt128 b);
UInt128 saturating_pow(UInt128 base, int exponent);

// The constraint value, or the spec's default when absent; Invalid "<name> must be between <min>
// and <max> (got <value>)" outside the spec's range. REQUIRES: an Integer spec with a range and a
// default.
Result<int> int_in_range(const std::optional<int>& value, const ConstraintSpec& spec);

// Display helpers shared by the types.
std::string horizontal_text(const std::string& left, std::string_view symbol, const std::string& right);

}  // namespace anzan::papers::gen

namespace anzan::papers::gen {
// Appends an operand to both `operands` (0 when wider than 64 bits) and `operand_texts`.
void add_operand(Question& question, UInt128 value);
}  // namespace anzan::papers::gen
