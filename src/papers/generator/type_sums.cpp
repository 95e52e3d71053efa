// Vertical abacus sums: addition, subtraction, add_sub and the junior types direct_add_sub,
// small_friends_add_sub, big_friends_add_sub. The rules live in sum_engine; this file maps
// constraints to rules and draws to questions.
#include <memory>

#include "papers/generator/numbers.hpp"
#include "papers/generator/plan.hpp"
#include "papers/generator/sum_engine.hpp"

namespace anzan::papers::gen {
namespace {

std::string describe_rules(const SumRules& rules) {
    std::string text = "digits=" + std::to_string(rules.digits) + ", rows=" + std::to_string(rules.rows);
    if (!rules.allow_carry) text += ", allowCarry=false";
    if (!rules.allow_borrow) text += ", allowBorrow=false";
    return text;
}

Question to_question(const SumDraw& draw, SumKind kind) {
    Question question;
    question.op = kind == SumKind::Addition ? "+" : kind == SumKind::Subtraction ? "-" : "±";
    const bool mixed = kind != SumKind::Addition && kind != SumKind::Subtraction;
    for (std::size_t row = 0; row < draw.operands.size(); ++row) {
        const std::string number = to_text(draw.operands[row]);
        add_operand(question, static_cast<UInt128>(draw.operands[row]));
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

// allowCarry/allowBorrow are read even where the type does not list them (subtraction's
// allowCarry): they steer the sampler's strategy, so the same seed keeps giving the same questions.
bool flag_or_default(const std::optional<bool>& value, FieldId id) {
    return value.value_or(*constraint_field(id).default_value != 0);
}

Result<Plan> plan_sum(const Constraints& c, const QuestionTypeSpec& type, SumKind kind) {
    SumRules rules;
    rules.kind = kind;
    rules.digits = TRY(int_in_range(c.digits, type.constraint(FieldId::Digits)));
    rules.rows = TRY(int_in_range(c.rows, type.constraint(FieldId::Rows)));
    rules.allow_carry = flag_or_default(c.allow_carry, FieldId::AllowCarry);
    rules.allow_borrow = flag_or_default(c.allow_borrow, FieldId::AllowBorrow);
    rules.min_answer = c.min_answer;
    rules.max_answer = c.max_answer;
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

// Junior types ignore allowCarry/allowBorrow: their own rule decides which complements are used.
Result<Plan> plan_junior(const Constraints& c, const QuestionTypeSpec& type, SumKind kind) {
    Constraints junior = c;
    junior.allow_carry.reset();
    junior.allow_borrow.reset();
    return plan_sum(junior, type, kind);
}

}  // namespace

// Ranges and defaults (junior types: digits 1..2, rows 2..15) are question_types.def's.
Result<Plan> plan_addition(const Constraints& c, const QuestionTypeSpec& type) {
    return plan_sum(c, type, SumKind::Addition);
}
Result<Plan> plan_subtraction(const Constraints& c, const QuestionTypeSpec& type) {
    return plan_sum(c, type, SumKind::Subtraction);
}
Result<Plan> plan_add_sub(const Constraints& c, const QuestionTypeSpec& type) {
    return plan_sum(c, type, SumKind::AddSub);
}
Result<Plan> plan_direct_add_sub(const Constraints& c, const QuestionTypeSpec& type) {
    return plan_junior(c, type, SumKind::Direct);
}
Result<Plan> plan_small_friends_add_sub(const Constraints& c, const QuestionTypeSpec& type) {
    return plan_junior(c, type, SumKind::SmallFriends);
}
Result<Plan> plan_big_friends_add_sub(const Constraints& c, const QuestionTypeSpec& type) {
    return plan_junior(c, type, SumKind::BigFriends);
}

}  // namespace anzan::papers::gen
