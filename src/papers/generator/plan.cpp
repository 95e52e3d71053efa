#include "papers/generator/plan.hpp"
#include "papers/generator/numbers.hpp"

namespace anzan::papers::gen {

u128 saturating_mul(u128 a, u128 b) {
    if (a == 0 || b == 0) return 0;
    if (a > kSpaceCap / b) return kSpaceCap;
    return a * b;
}

u128 saturating_pow(u128 base, int exponent) {
    u128 value = 1;
    for (int i = 0; i < exponent; ++i) value = saturating_mul(value, base);
    return value;
}

Result<int> int_in_range(const std::optional<int>& value, int fallback, int lo, int hi,
                         std::string_view name) {
    const int chosen = value.value_or(fallback);
    if (chosen < lo || chosen > hi)
        return Error::invalid(std::string(name) + " must be between " + std::to_string(lo) + " and " +
                              std::to_string(hi) + " (got " + std::to_string(chosen) + ")");
    return chosen;
}

std::string horizontal_text(const std::string& left, std::string_view symbol, const std::string& right) {
    return left + " " + std::string(symbol) + " " + right + " =";
}

}  // namespace anzan::papers::gen


namespace anzan::papers::gen {
void add_operand(Question& question, u128 value) {
    constexpr u128 kInt64Max = static_cast<u128>(INT64_MAX);
    question.operands.push_back(value <= kInt64Max ? static_cast<long long>(value) : 0);
    question.operand_texts.push_back(to_text(value));
}
}  // namespace anzan::papers::gen
