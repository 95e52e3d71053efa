// multiplication and division (exact): horizontal "a × b =" / "N ÷ d =" on whole numbers of up
// to 20 digits. Factors, divisors and quotients of 1 are excluded (they teach nothing).
// Division picks the divisor, then a quotient in the range that gives exactly dividendDigits
// digits, so no candidate is ever enumerated or thrown away.
#include <memory>
#include <vector>

#include "papers/generator/numbers.hpp"
#include "papers/generator/plan.hpp"

namespace anzan::papers::gen {
namespace {

// Below this many divisors the quotient counts are summed exactly and divisors are drawn in
// proportion to them (uniform over (divisor, quotient) pairs); above, every divisor alone
// already gives more questions than any block holds.
constexpr UInt128 kExactDivisorLimit = 2000;

UInt128 smallest(int digits) { return std::max<UInt128>(2, pow10(digits - 1)); }
UInt128 largest(int digits) { return pow10(digits) - 1; }

struct DivisionShape {
    UInt128 dividend_lo, dividend_hi, divisor_lo, divisor_hi;
    UInt128 quotient_lo(UInt128 divisor) const {
        return std::max<UInt128>(2, (dividend_lo + divisor - 1) / divisor);
    }
    UInt128 quotient_hi(UInt128 divisor) const { return dividend_hi / divisor; }
    UInt128 quotients(UInt128 divisor) const {
        const UInt128 lo = quotient_lo(divisor), hi = quotient_hi(divisor);
        return hi < lo ? 0 : hi - lo + 1;
    }
};

Question division_question(UInt128 divisor, UInt128 quotient) {
    Question question;
    question.text = horizontal_text(to_text(divisor * quotient), "÷", to_text(divisor));
    question.op = "÷";
    add_operand(question, divisor * quotient);
    add_operand(question, divisor);
    question.answer = to_text(quotient);
    return question;
}

}  // namespace

Result<Plan> plan_multiplication(const Constraints& c, const QuestionTypeSpec& type) {
    const int m1 = TRY(int_in_range(c.multiplicand_digits ? c.multiplicand_digits : c.digits,
                                    type.constraint(FieldId::MultiplicandDigits)));
    const int m2 = TRY(int_in_range(c.multiplier_digits ? c.multiplier_digits : c.digits,
                                    type.constraint(FieldId::MultiplierDigits)));
    Plan plan;
    plan.space = saturating_mul(largest(m1) - smallest(m1) + 1, largest(m2) - smallest(m2) + 1);
    plan.exact = plan.uniform = true;
    plan.describe = "multiplicandDigits=" + std::to_string(m1) + ", multiplierDigits=" + std::to_string(m2);
    plan.draw = [m1, m2](Rng& rng) -> std::optional<Question> {
        const UInt128 a = rng.uniform128(smallest(m1), largest(m1));
        const UInt128 b = rng.uniform128(smallest(m2), largest(m2));
        Question question;
        question.text = horizontal_text(to_text(a), "×", to_text(b));
        question.op = "×";
        add_operand(question, a);
        add_operand(question, b);
        question.answer = product_text(a, b);
        return question;
    };
    return plan;
}

Result<Plan> plan_division(const Constraints& c, const QuestionTypeSpec& type) {
    const int dd = TRY(int_in_range(c.dividend_digits, type.constraint(FieldId::DividendDigits)));
    const int dv = TRY(int_in_range(c.divisor_digits, type.constraint(FieldId::DivisorDigits)));
    if (dd < dv)
        return Error::invalid("dividendDigits (" + std::to_string(dd) + ") must be at least divisorDigits (" +
                              std::to_string(dv) + ")");
    DivisionShape shape{pow10(dd - 1), largest(dd), smallest(dv), std::min(largest(dv), largest(dd) / 2)};
    Plan plan;
    plan.describe = "dividendDigits=" + std::to_string(dd) + ", divisorDigits=" + std::to_string(dv);
    if (shape.divisor_hi < shape.divisor_lo) return Error::invalid("no exact division fits (" + plan.describe + ")");
    const UInt128 divisor_count = shape.divisor_hi - shape.divisor_lo + 1;
    if (divisor_count <= kExactDivisorLimit) {
        auto cumulative = std::make_shared<std::vector<UInt128>>();
        UInt128 total = 0;
        for (UInt128 d = shape.divisor_lo; d <= shape.divisor_hi; ++d) cumulative->push_back(total += shape.quotients(d));
        plan.space = total;
        plan.exact = plan.uniform = true;
        plan.draw = [shape, cumulative](Rng& rng) -> std::optional<Question> {
            const UInt128 pick = rng.uniform128(0, cumulative->back() - 1);
            std::size_t index = 0;
            while ((*cumulative)[index] <= pick) ++index;
            const UInt128 divisor = shape.divisor_lo + index;
            const UInt128 before = index == 0 ? 0 : (*cumulative)[index - 1];
            const UInt128 quotient = shape.quotient_lo(divisor) + (pick - before);
            return division_question(divisor, quotient);
        };
        if (total == 0) return Error::invalid("no exact division fits (" + plan.describe + ")");
        return plan;
    }
    plan.space = divisor_count;  // every divisor has at least one quotient
    plan.draw = [shape](Rng& rng) -> std::optional<Question> {
        const UInt128 divisor = rng.uniform128(shape.divisor_lo, shape.divisor_hi);
        const UInt128 quotient = rng.uniform128(shape.quotient_lo(divisor), shape.quotient_hi(divisor));
        return division_question(divisor, quotient);
    };
    return plan;
}

}  // namespace anzan::papers::gen
