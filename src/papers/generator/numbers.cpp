#include "papers/generator/numbers.hpp"

#include <algorithm>
#include <array>

namespace anzan::papers::gen {
namespace {

constexpr std::uint64_t kLimbBase = 10'000'000'000'000'000'000ULL;  // 10^19 < 2^64

std::string strip_leading_zeros(std::string text) {
    const auto first = text.find_first_not_of('0');
    if (first == std::string::npos) return "0";
    return text.substr(first);
}

}  // namespace

UInt128 pow10(int exponent) {
    UInt128 value = 1;
    for (int i = 0; i < exponent; ++i) value *= 10;
    return value;
}

int digit_count(UInt128 value) {
    int count = 1;
    while (value >= 10) {
        value /= 10;
        ++count;
    }
    return count;
}

UInt128 isqrt(UInt128 value) {
    // Bit-by-bit: exact for all 128-bit values, no floating point.
    UInt128 result = 0;
    UInt128 bit = static_cast<UInt128>(1) << 126;
    while (bit > value) bit >>= 2;
    while (bit != 0) {
        if (value >= result + bit) {
            value -= result + bit;
            result = (result >> 1) + bit;
        } else {
            result >>= 1;
        }
        bit >>= 2;
    }
    return result;
}

UInt128 icbrt(UInt128 value) {
    // Binary search; cube roots of 128-bit values are below 2^43, so no product overflows.
    UInt128 lo = 0, hi = static_cast<UInt128>(1) << 43;
    while (lo < hi) {
        const UInt128 mid = (lo + hi + 1) / 2;
        if (mid * mid * mid <= value) lo = mid;
        else hi = mid - 1;
    }
    return lo;
}

std::uint64_t gcd(std::uint64_t a, std::uint64_t b) {
    while (b != 0) {
        const std::uint64_t rest = a % b;
        a = b;
        b = rest;
    }
    return a;
}

std::string to_text(UInt128 value) {
    if (value == 0) return "0";
    std::string text;
    while (value != 0) {
        text.push_back(static_cast<char>('0' + static_cast<int>(value % 10)));
        value /= 10;
    }
    std::reverse(text.begin(), text.end());
    return text;
}

std::string to_text(long long value) {
    if (value >= 0) return to_text(static_cast<UInt128>(value));
    return "-" + to_text(static_cast<UInt128>(-(value + 1)) + 1);
}

std::string product_text(UInt128 a, UInt128 b) {
    // Schoolbook multiplication in base 10^19: each limb product is below 10^38 < 2^128.
    const std::array<UInt128, 3> x{a % kLimbBase, (a / kLimbBase) % kLimbBase, a / kLimbBase / kLimbBase};
    const std::array<UInt128, 3> y{b % kLimbBase, (b / kLimbBase) % kLimbBase, b / kLimbBase / kLimbBase};
    std::array<UInt128, 7> limbs{};
    for (int i = 0; i < 3; ++i) {
        UInt128 carry = 0;
        for (int j = 0; j < 3; ++j) {
            const UInt128 cell = limbs[i + j] + x[i] * y[j] + carry;  // < 10^38 + 2*10^19 < 2^128
            limbs[i + j] = cell % kLimbBase;
            carry = cell / kLimbBase;
        }
        for (int k = i + 3; carry != 0; ++k) {
            const UInt128 cell = limbs[k] + carry;
            limbs[k] = cell % kLimbBase;
            carry = cell / kLimbBase;
        }
    }
    std::string text;
    for (int i = 6; i >= 0; --i) {
        std::string limb = to_text(limbs[i]);
        text += std::string(19 - limb.size(), '0') + limb;
    }
    return strip_leading_zeros(text);
}

std::string scaled_text(const std::string& digits_text, int scale, Zeros zeros) {
    if (scale == 0) return digits_text;
    std::string padded = digits_text;
    if (static_cast<int>(padded.size()) <= scale) padded.insert(0, scale + 1 - padded.size(), '0');
    std::string whole = padded.substr(0, padded.size() - scale);
    std::string fraction = padded.substr(padded.size() - scale);
    if (zeros == Zeros::Trim) {
        while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
        if (fraction.empty()) return whole;
    }
    return whole + "." + fraction;
}

int compare_decimal(const std::string& decimal, long long bound) {
    const bool negative = !decimal.empty() && decimal[0] == '-';
    std::string magnitude = negative ? decimal.substr(1) : decimal;
    const auto point = magnitude.find('.');
    std::string whole = strip_leading_zeros(magnitude.substr(0, point));
    const bool has_fraction = point != std::string::npos &&
                              magnitude.find_first_not_of('0', point + 1) != std::string::npos;
    const bool is_zero = whole == "0" && !has_fraction;
    const int sign = is_zero ? 0 : (negative ? -1 : 1);
    const int bound_sign = bound == 0 ? 0 : (bound < 0 ? -1 : 1);
    if (sign != bound_sign) return sign < bound_sign ? -1 : 1;
    if (sign == 0) return 0;
    const std::string bound_text = to_text(bound < 0 ? static_cast<UInt128>(-(bound + 1)) + 1
                                                     : static_cast<UInt128>(bound));
    // Compare magnitudes, then flip for negatives.
    int magnitude_order;
    if (whole.size() != bound_text.size()) magnitude_order = whole.size() < bound_text.size() ? -1 : 1;
    else if (whole != bound_text) magnitude_order = whole < bound_text ? -1 : 1;
    else magnitude_order = has_fraction ? 1 : 0;
    return sign * magnitude_order;
}

}  // namespace anzan::papers::gen
