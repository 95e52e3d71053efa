// Vertical abacus sums: addition, subtraction, add_sub and the junior types direct_add_sub,
// small_friends_add_sub, big_friends_add_sub. The rules live in sum_engine; this file maps
// constraints to rules and draws to questions.
#include <memory>

#include "papers/generator/numbers.hpp"
#include "papers/generator/plan.hpp"
#include "papers/generator/sum_engine.hpp"

namespace anzan::papers::gen {
namespace {

struct SumDefaults {
    int digits, digits_max, rows, rows_min, rows_max;
};

std::string describe_rules(const SumRules& rules) {
    std::string text = "digits=" + std::to_string(rules.digits) + ", rows=" + std::to_string(rules.rows);
    if (!rules.allow_carry) text += ", allowCarry=false";
    if (!rules.allow_borrow) text += ", allowBorrow=false";
    return text;
}

Question to_question(const SumDraw& draw, SumKind kind) {
    Question question;
    question.is_vertical = true;
    question.op = kind == SumKind::Addition ? "+" : kind == SumKind::Subtraction ? "-" : "±";
    const bool mixed = kind != SumKind::Addition && kind != SumKind::Subtraction;
    for (std::size_t row = 0; row < draw.operands.size(); ++row) {
        const std::string number = to_text(draw.operands[row]);
        add_operand(question, static_cast<u128>(draw.operands[row]));
        if (row > 0) question.text += "\n";
        const char* sign = draw.signs[row] == Sign::Plus ? "+ " : "- ";
        if (row == 0) question.text += number;
        // Legacy layout: plain addition shows "+" on the last row only.
        else if (kind == SumKind::Addition) question.text += (row + 1 == draw.operands.size() ? "+ " : "") + number;
        else question.text += sign + number;
        if (mixed && row > 0) question.operators.push_back(draw.signs[row] == Sign::Plus ? "+" : "-");
    }
    question.answer = to_text(draw.answer);
    return question;
}

Result<Plan> plan_sum(const Constraints& c, SumKind kind, const SumDefaults& defaults) {
    SumRules rules;
    rules.kind = kind;
    rules.digits = TRY(int_in_range(c.digits, defaults.digits, 1, defaults.digits_max, "digits"));
    rules.rows = TRY(int_in_range(c.rows, defaults.rows, defaults.rows_min, defaults.rows_max, "rows"));
    rules.allow_carry = c.allowCarry.value_or(true);
    rules.allow_borrow = c.allowBorrow.value_or(true);
    rules.min_answer = c.minAnswer;
    rules.max_answer = c.maxAnswer;
    const std::string describe = describe_rules(rules);
    auto sampler = SumSampler::create(rules);
    if (!sampler) {
        std::string bounds;
        if (rules.min_answer) bounds += ", minAnswer=" + std::to_string(*rules.min_answer);
        if (rules.max_answer) bounds += ", maxAnswer=" + std::to_string(*rules.max_answer);
        return Error::invalid(sampler.error().detail + " (" + describe + bounds + ")");
    }
    std::shared_ptr<const SumSampler> shared = sampler.release_value();
    Plan plan;
    plan.space = shared->space();
    plan.exact = shared->exact();
    plan.uniform = shared->uniform();
    plan.handles_answer_range = shared->handles_answer_range();
    plan.describe = describe;
    plan.bytes = shared->memory_bytes();
    plan.draw = [shared, kind](Rng& rng) -> std::optional<Question> {
        return to_question(shared->draw(rng), kind);
    };
    return plan;
}

// Legacy generator ranges: rows 2..30, digits 1..10; junior types clamp to digits 1..2, rows 2..15.
constexpr SumDefaults kAbacusDefaults{1, 10, 2, 2, 30};
constexpr SumDefaults kJuniorDefaults{1, 2, 3, 2, 15};

}  // namespace

Result<Plan> plan_addition(const Constraints& c) { return plan_sum(c, SumKind::Addition, kAbacusDefaults); }
Result<Plan> plan_subtraction(const Constraints& c) { return plan_sum(c, SumKind::Subtraction, kAbacusDefaults); }
Result<Plan> plan_add_sub(const Constraints& c) { return plan_sum(c, SumKind::AddSub, kAbacusDefaults); }

// Junior types ignore allowCarry/allowBorrow: their own rule decides which complements are used.
Result<Plan> plan_direct_add_sub(const Constraints& c) {
    Constraints junior = c;
    junior.allowCarry.reset();
    junior.allowBorrow.reset();
    return plan_sum(junior, SumKind::Direct, kJuniorDefaults);
}
Result<Plan> plan_small_friends_add_sub(const Constraints& c) {
    Constraints junior = c;
    junior.allowCarry.reset();
    junior.allowBorrow.reset();
    return plan_sum(junior, SumKind::SmallFriends, kJuniorDefaults);
}
Result<Plan> plan_big_friends_add_sub(const Constraints& c) {
    Constraints junior = c;
    junior.allowCarry.reset();
    junior.allowBorrow.reset();
    return plan_sum(junior, SumKind::BigFriends, kJuniorDefaults);
}

}  // namespace anzan::papers::gen
