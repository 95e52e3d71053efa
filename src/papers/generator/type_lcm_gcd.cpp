// lcm and gcd of two different whole numbers with multiplicandDigits / multiplierDigits digits
// (falling back to `digits`, then to the catalogue's defaults, as the legacy generator did).
// Numbers are at least 2. GCD questions always have a common factor (answer >= 2): drawn pairs
// with gcd 1 are discarded (about 61% of draws; the attempt limit allows for it).
#include "papers/generator/numbers.hpp"
#include "papers/generator/plan.hpp"

namespace anzan::papers::gen {
namespace {

// Up to this many pairs, the GCD space is counted exactly.
constexpr UInt128 kCountPairsLimit = 10'000;

enum class Which { Lcm, Gcd };

struct Digits {
    int first, second;
};

std::uint64_t lowest(int digits) { return std::max<std::uint64_t>(2, static_cast<std::uint64_t>(pow10(digits - 1))); }
std::uint64_t highest(int digits) { return static_cast<std::uint64_t>(pow10(digits) - 1); }

UInt128 count_pairs(Digits d, Which which) {
    const UInt128 firsts = highest(d.first) - lowest(d.first) + 1;
    const UInt128 seconds = highest(d.second) - lowest(d.second) + 1;
    const std::uint64_t overlap_lo = std::max(lowest(d.first), lowest(d.second));
    const std::uint64_t overlap_hi = std::min(highest(d.first), highest(d.second));
    const UInt128 equal = overlap_hi >= overlap_lo ? overlap_hi - overlap_lo + 1 : 0;
    if (which == Which::Lcm) return firsts * seconds - equal;
    if (firsts * seconds <= kCountPairsLimit) {
        UInt128 count = 0;
        for (auto a = lowest(d.first); a <= highest(d.first); ++a)
            for (auto b = lowest(d.second); b <= highest(d.second); ++b)
                if (a != b && gcd(a, b) >= 2) ++count;
        return count;
    }
    // Lower bound: pairs of even numbers, minus equal pairs.
    const UInt128 even_pairs = ((firsts + 1) / 2) * ((seconds + 1) / 2);
    return even_pairs - std::min(even_pairs, equal);
}

Result<Plan> plan_pair(const Constraints& c, const QuestionTypeSpec& type, Which which) {
    const int first = TRY(int_in_range(c.multiplicand_digits ? c.multiplicand_digits : c.digits,
                                       type.constraint(FieldId::MultiplicandDigits)));
    const int second = TRY(int_in_range(c.multiplier_digits ? c.multiplier_digits : c.digits,
                                        type.constraint(FieldId::MultiplierDigits)));
    const Digits digits{first, second};
    Plan plan;
    plan.space = count_pairs(digits, which);
    plan.exact = which == Which::Lcm ||
                 static_cast<UInt128>(highest(first) - lowest(first) + 1) * (highest(second) - lowest(second) + 1) <= kCountPairsLimit;
    plan.uniform = true;  // uniform pairs, minus the rejected ones
    const UInt128 pairs = (highest(first) - lowest(first) + 1) * static_cast<UInt128>(highest(second) - lowest(second) + 1);
    plan.acceptance = static_cast<double>(plan.space) / static_cast<double>(pairs);
    plan.describe = "multiplicandDigits=" + std::to_string(first) + ", multiplierDigits=" + std::to_string(second);
    if (plan.space == 0) return Error::invalid("no pair of different numbers fits (" + plan.describe + ")");
    plan.draw = [digits, which](Rng& rng) -> std::optional<Question> {
        const std::uint64_t a = rng.uniform(lowest(digits.first), highest(digits.first));
        const std::uint64_t b = rng.uniform(lowest(digits.second), highest(digits.second));
        const std::uint64_t divisor = gcd(a, b);
        if (a == b || (which == Which::Gcd && divisor < 2)) return std::nullopt;
        Question question;
        question.op = which == Which::Lcm ? "LCM" : "GCD";
        question.text = question.op + "(" + to_text(static_cast<UInt128>(a)) + ", " + to_text(static_cast<UInt128>(b)) + ") =";
        add_operand(question, a);
        add_operand(question, b);
        question.answer = which == Which::Lcm ? to_text(static_cast<UInt128>(a / divisor) * b) : to_text(static_cast<UInt128>(divisor));
        return question;
    };
    return plan;
}

}  // namespace

Result<Plan> plan_lcm(const Constraints& c, const QuestionTypeSpec& type) { return plan_pair(c, type, Which::Lcm); }
Result<Plan> plan_gcd(const Constraints& c, const QuestionTypeSpec& type) { return plan_pair(c, type, Which::Gcd); }

}  // namespace anzan::papers::gen
