#include "papers/generator/plan.hpp"
#include "papers/generator/numbers.hpp"

namespace anzan::papers::gen {

UInt128 saturating_mul(UInt128 a, UInt128 b) {
    if (a == 0 || b == 0) return 0;
    if (a > kSpaceCap / b) return kSpaceCap;
    return a * b;
}

UInt128 saturating_pow(UInt128 base, int exponent) {
    UInt128 value = 1;
    for (int i = 0; i < exponent; ++i) value = saturating_mul(value, base);
    return value;
}

Result<int> int_in_range(const std::optional<int>& value, const ConstraintSpec& spec) {
    ANZAN_ASSERT(spec.min && spec.max && spec.default_value, std::string(spec.name) + " has no range or default");
    const long long chosen = value ? *value : *spec.default_value;
    if (chosen < *spec.min || chosen > *spec.max)
        return Error::invalid(std::string(spec.name) + " must be between " + std::to_string(*spec.min) + " and " +
                              std::to_string(*spec.max) + " (got " + std::to_string(chosen) + ")");
    return static_cast<int>(chosen);
}

std::string horizontal_text(const std::string& left, std::string_view symbol, const std::string& right) {
    return left + " " + std::string(symbol) + " " + right + " =";
}

}  // namespace anzan::papers::gen


namespace anzan::papers::gen {
void add_operand(Question& question, UInt128 value) {
    constexpr UInt128 kInt64Max = static_cast<UInt128>(INT64_MAX);
    question.operands.push_back(value <= kInt64Max ? static_cast<long long>(value) : 0);
    question.operand_texts.push_back(to_text(value));
}
}  // namespace anzan::papers::gen
