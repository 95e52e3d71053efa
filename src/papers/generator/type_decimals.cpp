// decimal_add_sub, decimal_multiplication, decimal_division. Decimals are held as integers
// scaled by 10 (one decimal place), as the legacy operands were, and answers are exact decimal
// text with trailing zeros trimmed ("33.6", "420", "0.07"). Rounding, where any is needed:
//   decimal_add_sub         exact (one decimal place at most), never rounded;
//   decimal_multiplication  exact (two decimal places at most), never rounded;
//   decimal_division        quotient rounded half up to two decimal places (879 ÷ 8 = 109.88).
// allowCarry/allowBorrow do not apply to decimal types.
#include "papers/generator/numbers.hpp"
#include "papers/generator/plan.hpp"

namespace anzan::papers::gen {
namespace {

// A number with `digits` digits before the point and one after, scaled by 10 ("96.5" -> 965).
UInt128 draw_tenths(Rng& rng, int digits) {
    return rng.uniform128(pow10(digits - 1), pow10(digits) - 1) * 10 + rng.uniform(0, 9);
}

std::string tenths_text(UInt128 scaled) { return scaled_text(to_text(scaled), 1, Zeros::Keep); }

}  // namespace

Result<Plan> plan_decimal_add_sub(const Constraints& c, const QuestionTypeSpec& type) {
    const int digits = TRY(int_in_range(c.digits, type.constraint(FieldId::Digits)));
    const int rows = TRY(int_in_range(c.rows, type.constraint(FieldId::Rows)));
    Plan plan;
    // Lower bound: the all-plus questions alone (every one of them can be drawn).
    plan.space = saturating_pow(pow10(digits - 1) * 90, rows);
    plan.describe = "digits=" + std::to_string(digits) + ", rows=" + std::to_string(rows);
    plan.draw = [digits, rows](Rng& rng) -> std::optional<Question> {
        Question question;
        question.op = "±";
        UInt128 total = draw_tenths(rng, digits);
        add_operand(question, total);
        question.text = tenths_text(total);
        for (int row = 1; row < rows; ++row) {
            const UInt128 value = draw_tenths(rng, digits);
            // Subtract only when the running total stays at or above zero.
            const bool minus = value <= total && rng.chance(1, 2);
            total = minus ? total - value : total + value;
            add_operand(question, value);
            question.operators.push_back(minus ? "-" : "+");
            question.text += std::string("\n") + (minus ? "- " : "+ ") + tenths_text(value);
        }
        question.answer = scaled_text(to_text(total), 1, Zeros::Trim);
        return question;
    };
    return plan;
}

Result<Plan> plan_decimal_multiplication(const Constraints& c, const QuestionTypeSpec& type) {
    const int m1 = TRY(int_in_range(c.multiplicand_digits, type.constraint(FieldId::MultiplicandDigits)));
    const int m2 = TRY(int_in_range(c.multiplier_digits, type.constraint(FieldId::MultiplierDigits)));
    Plan plan;
    const UInt128 multipliers = m2 == 0 ? 8 : pow10(m2 - 1) * 90;  // whole multiplier: 2..9
    plan.space = saturating_mul(pow10(m1 - 1) * 90, multipliers);
    plan.exact = plan.uniform = true;
    plan.describe = "multiplicandDigits=" + std::to_string(m1) + ", multiplierDigits=" + std::to_string(m2);
    plan.draw = [m1, m2](Rng& rng) -> std::optional<Question> {
        const UInt128 a = draw_tenths(rng, m1);
        const UInt128 b = m2 == 0 ? rng.uniform(2, 9) : draw_tenths(rng, m2);
        Question question;
        question.op = "×";
        question.text = horizontal_text(tenths_text(a), "×", m2 == 0 ? to_text(b) : tenths_text(b));
        add_operand(question, a);
        add_operand(question, b);
        question.answer = scaled_text(product_text(a, b), m2 == 0 ? 1 : 2, Zeros::Trim);
        return question;
    };
    return plan;
}

Result<Plan> plan_decimal_division(const Constraints& c, const QuestionTypeSpec& type) {
    const int dd = TRY(int_in_range(c.dividend_digits, type.constraint(FieldId::DividendDigits)));
    const int dv = TRY(int_in_range(c.divisor_digits, type.constraint(FieldId::DivisorDigits)));
    const UInt128 divisor_lo = std::max<UInt128>(2, pow10(dv - 1));
    Plan plan;
    plan.space = saturating_mul(pow10(dd - 1) * 9, pow10(dv) - divisor_lo);
    plan.exact = true;
    // Quotients below 0.005 would round to 0; only possible when the divisor is 2+ digits longer.
    plan.uniform = true;
    plan.acceptance = dd + 1 >= dv ? 1.0 : 0.0;
    plan.describe = "dividendDigits=" + std::to_string(dd) + ", divisorDigits=" + std::to_string(dv);
    plan.draw = [dd, dv, divisor_lo](Rng& rng) -> std::optional<Question> {
        const UInt128 dividend = rng.uniform128(pow10(dd - 1), pow10(dd) - 1);
        const UInt128 divisor = rng.uniform128(divisor_lo, pow10(dv) - 1);
        const UInt128 hundredths = (dividend * 200 + divisor) / (2 * divisor);  // round half up
        if (hundredths == 0) return std::nullopt;
        Question question;
        question.op = "÷";
        question.text = horizontal_text(to_text(dividend), "÷", to_text(divisor));
        add_operand(question, dividend);
        add_operand(question, divisor);
        question.answer = scaled_text(to_text(hundredths), 2, Zeros::Trim);
        return question;
    };
    return plan;
}

}  // namespace anzan::papers::gen
