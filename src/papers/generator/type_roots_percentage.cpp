// square_root, cube_root and percentage.
// Roots: rootDigits is the number of digits of the radicand (the number under the sign), as in
// the legacy UI ("Square Root (4 digits)" asks √5184). The root is drawn among the integers whose
// square/cube has exactly that many digits (never 1), then raised exactly in 128 bits: a 30-digit
// radicand is below 10^30 < 2^128, so every allowed size is exact.
// Percentage: "p% of n =" with p in [percentageMin, percentageMax] and n a numberDigits-digit
// number; the answer p·n/100 has at most two decimals and is exact, never rounded.
#include "papers/generator/numbers.hpp"
#include "papers/generator/plan.hpp"

namespace anzan::papers::gen {
namespace {

enum class Power { Square = 2, Cube = 3 };

UInt128 raise(UInt128 root, Power power) { return power == Power::Square ? root * root : root * root * root; }
UInt128 floor_root(UInt128 value, Power power) { return power == Power::Square ? isqrt(value) : icbrt(value); }
UInt128 ceil_root(UInt128 value, Power power) {
    const UInt128 root = floor_root(value, power);
    return raise(root, power) == value ? root : root + 1;
}

Result<Plan> plan_root(const Constraints& c, const QuestionTypeSpec& type, Power power) {
    const int digits = TRY(int_in_range(c.root_digits, type.constraint(FieldId::RootDigits)));
    const UInt128 lo = std::max<UInt128>(2, ceil_root(pow10(digits - 1), power));
    const UInt128 hi = floor_root(pow10(digits) - 1, power);
    Plan plan;
    plan.describe = "rootDigits=" + std::to_string(digits);
    if (hi < lo) return Error::invalid("no perfect power other than 1 has that many digits (" + plan.describe + ")");
    plan.space = hi - lo + 1;
    plan.exact = plan.uniform = true;
    plan.draw = [lo, hi, power](Rng& rng) -> std::optional<Question> {
        const UInt128 root = rng.uniform128(lo, hi);
        const UInt128 radicand = raise(root, power);
        Question question;
        question.op = power == Power::Square ? "√" : "∛";
        question.text = question.op + to_text(radicand) + " =";
        add_operand(question, radicand);
        question.answer = to_text(root);
        return question;
    };
    return plan;
}

}  // namespace

Result<Plan> plan_square_root(const Constraints& c, const QuestionTypeSpec& type) {
    return plan_root(c, type, Power::Square);
}
Result<Plan> plan_cube_root(const Constraints& c, const QuestionTypeSpec& type) { return plan_root(c, type, Power::Cube); }

Result<Plan> plan_percentage(const Constraints& c, const QuestionTypeSpec& type) {
    const int p_min = TRY(int_in_range(c.percentage_min, type.constraint(FieldId::PercentageMin)));
    const int p_max = TRY(int_in_range(c.percentage_max, type.constraint(FieldId::PercentageMax)));
    const int digits = TRY(int_in_range(c.number_digits, type.constraint(FieldId::NumberDigits)));
    if (p_min > p_max)
        return Error::invalid("percentageMin (" + std::to_string(p_min) + ") must not exceed percentageMax (" +
                              std::to_string(p_max) + ")");
    Plan plan;
    plan.space = static_cast<UInt128>(p_max - p_min + 1) * (pow10(digits) - pow10(digits - 1));
    plan.exact = plan.uniform = true;
    plan.describe = "percentageMin=" + std::to_string(p_min) + ", percentageMax=" + std::to_string(p_max) +
                    ", numberDigits=" + std::to_string(digits);
    plan.draw = [p_min, p_max, digits](Rng& rng) -> std::optional<Question> {
        const UInt128 percent = rng.uniform(p_min, p_max);
        const UInt128 number = rng.uniform128(pow10(digits - 1), pow10(digits) - 1);
        Question question;
        question.op = "%";
        question.text = to_text(percent) + "% of " + to_text(number) + " =";
        add_operand(question, percent);
        add_operand(question, number);
        question.answer = scaled_text(to_text(percent * number), 2, Zeros::Trim);
        return question;
    };
    return plan;
}

}  // namespace anzan::papers::gen
