// integer_add_sub: vertical rows of `digits`-digit numbers, each later row added or subtracted
// with equal odds; the running total and the answer may be negative (that is the point of it).
#include "papers/generator/numbers.hpp"
#include "papers/generator/plan.hpp"

namespace anzan::papers::gen {

Result<Plan> plan_integer_add_sub(const Constraints& c, const QuestionTypeSpec& type) {
    const int digits = TRY(int_in_range(c.digits, type.constraint(FieldId::Digits)));
    const int rows = TRY(int_in_range(c.rows, type.constraint(FieldId::Rows)));
    Plan plan;
    plan.space = saturating_mul(saturating_pow(pow10(digits - 1) * 9, rows), saturating_pow(2, rows - 1));
    plan.exact = plan.uniform = true;
    plan.describe = "digits=" + std::to_string(digits) + ", rows=" + std::to_string(rows);
    const auto lo = static_cast<std::uint64_t>(pow10(digits - 1));
    const auto hi = static_cast<std::uint64_t>(pow10(digits) - 1);
    plan.draw = [lo, hi, rows](Rng& rng) -> std::optional<Question> {
        Question question;
        question.op = "±";
        long long total = static_cast<long long>(rng.uniform(lo, hi));
        add_operand(question, static_cast<UInt128>(total));
        question.text = to_text(total);
        for (int row = 1; row < rows; ++row) {
            const auto value = static_cast<long long>(rng.uniform(lo, hi));
            const bool minus = rng.chance(1, 2);
            total += minus ? -value : value;
            add_operand(question, static_cast<UInt128>(value));
            question.operators.push_back(minus ? "-" : "+");
            question.text += std::string("\n") + (minus ? "- " : "+ ") + to_text(value);
        }
        question.answer = to_text(total);
        return question;
    };
    return plan;
}

}  // namespace anzan::papers::gen
