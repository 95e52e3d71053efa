// Shared helpers for the generator tests: building configs, and independent exact arithmetic on
// decimal strings (so answers are recomputed without the generator's own number code).
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "papers/generator/generator.hpp"

namespace anzan::papers::test {

// How many seeds a property test sweeps: `normal`, or a tenth (at least 20) when
// ANZAN_TEST_SEED_DIVISOR=10 is set, as the sanitizer run does (it is ~10x slower per seed, and
// finds memory errors on any seed).
inline std::uint64_t seed_count(std::uint64_t normal) {
    const char* divisor = std::getenv("ANZAN_TEST_SEED_DIVISOR");
    const long parsed = divisor ? std::strtol(divisor, nullptr, 10) : 1;
    return parsed > 1 ? std::max<std::uint64_t>(20, normal / static_cast<std::uint64_t>(parsed)) : normal;
}

inline BlockConfig make_block(std::string type, int count, Constraints c = {},
                              std::optional<std::string> title = std::nullopt) {
    BlockConfig b;
    b.id = "t-" + type;
    b.type = std::move(type);
    b.count = count;
    b.constraints = c;
    b.title = std::move(title);
    return b;
}

inline PaperConfig make_paper(std::vector<BlockConfig> blocks) {
    PaperConfig config;
    config.title = "Test paper";
    config.blocks = std::move(blocks);
    return config;
}

// Schoolbook multiplication of two non-negative decimal integer strings.
inline std::string multiply_strings(const std::string& a, const std::string& b) {
    std::vector<int> cells(a.size() + b.size(), 0);
    for (int i = static_cast<int>(a.size()) - 1; i >= 0; --i)
        for (int j = static_cast<int>(b.size()) - 1; j >= 0; --j) {
            const int at = i + j + 1;
            const int sum = cells[at] + (a[i] - '0') * (b[j] - '0');
            cells[at] = sum % 10;
            cells[at - 1] += sum / 10;
        }
    std::string out;
    for (int cell : cells) {
        if (out.empty() && cell == 0) continue;
        out.push_back(static_cast<char>('0' + cell));
    }
    return out.empty() ? "0" : out;
}

// Places a decimal point `scale` digits from the right and trims trailing fractional zeros.
inline std::string shift_decimal(std::string digits, int scale) {
    if (scale == 0) return digits;
    while (static_cast<int>(digits.size()) <= scale) digits.insert(digits.begin(), '0');
    std::string whole = digits.substr(0, digits.size() - scale), fraction = digits.substr(digits.size() - scale);
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    return fraction.empty() ? whole : whole + "." + fraction;
}

// Number of digits in a decimal integer string.
inline int digit_length(const std::string& text) { return static_cast<int>(text.size()); }

}  // namespace anzan::papers::test
