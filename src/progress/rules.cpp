#include "progress/rules.hpp"

#include <algorithm>
#include <cmath>

namespace anzan::progress::rules {
namespace {

// A decimal as sign + digits scaled by 10^fraction_digits: "-12.50" -> {true, "1250", 2}.
struct Decimal {
    bool negative = false;
    std::string digits;  // no leading zeros ("0" for zero)
    std::size_t fraction_digits = 0;
};

std::string strip_leading_zeros(std::string digits) {
    const auto first = digits.find_first_not_of('0');
    return first == std::string::npos ? "0" : digits.substr(first);
}

// REQUIRES: `text` passed read_answer's shape check (or is a generator answer).
Decimal parse_decimal(std::string_view text) {
    Decimal d;
    if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
        d.negative = text.front() == '-';
        text.remove_prefix(1);
    }
    const auto point = text.find('.');
    std::string whole(text.substr(0, point));
    std::string fraction = point == std::string_view::npos ? "" : std::string(text.substr(point + 1));
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    d.fraction_digits = fraction.size();
    d.digits = strip_leading_zeros(whole + fraction);
    if (d.digits == "0") d.negative = false;
    return d;
}

// `digits` followed by `zeros` zeros.
std::string scaled(const Decimal& d, std::size_t fraction_digits) {
    return d.digits == "0" ? "0" : d.digits + std::string(fraction_digits - d.fraction_digits, '0');
}

// Compares two non-negative digit strings without leading zeros.
int compare_magnitudes(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
    return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
}

// a + b and a - b (a >= b) on digit strings.
std::string add_magnitudes(const std::string& a, const std::string& b) {
    std::string out;
    int carry = 0;
    for (std::size_t i = 0; i < std::max(a.size(), b.size()) || carry; ++i) {
        const int x = i < a.size() ? a[a.size() - 1 - i] - '0' : 0;
        const int y = i < b.size() ? b[b.size() - 1 - i] - '0' : 0;
        const int s = x + y + carry;
        out.push_back(static_cast<char>('0' + s % 10));
        carry = s / 10;
    }
    std::reverse(out.begin(), out.end());
    return strip_leading_zeros(out);
}
std::string subtract_magnitudes(const std::string& a, const std::string& b) {
    std::string out;
    int borrow = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        int x = a[a.size() - 1 - i] - '0' - borrow;
        const int y = i < b.size() ? b[b.size() - 1 - i] - '0' : 0;
        borrow = x < y ? 1 : 0;
        out.push_back(static_cast<char>('0' + x + borrow * 10 - y));
    }
    std::reverse(out.begin(), out.end());
    return strip_leading_zeros(out);
}

bool within_a_hundredth(const Decimal& given, const Decimal& correct) {
    const std::size_t fraction = std::max({given.fraction_digits, correct.fraction_digits, std::size_t{2}});
    const std::string g = scaled(given, fraction);
    const std::string c = scaled(correct, fraction);
    std::string difference;
    if (given.negative != correct.negative) {
        difference = add_magnitudes(g, c);
    } else {
        difference = compare_magnitudes(g, c) >= 0 ? subtract_magnitudes(g, c) : subtract_magnitudes(c, g);
    }
    // 0.01 at this scale is 1 followed by (fraction - 2) zeros.
    const std::string hundredth = "1" + std::string(fraction - 2, '0');
    return compare_magnitudes(difference, hundredth) < 0;
}

}  // namespace

Result<std::optional<std::string>> read_answer(std::string_view text, std::string_view what) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return std::optional<std::string>();
    text = text.substr(first, text.find_last_not_of(" \t") - first + 1);
    const auto invalid = [&](const std::string& why) {
        return Error::invalid(std::string(what) + ": " + why);
    };
    if (text.size() > kMaxAnswerLength)
        return invalid("an answer has at most " + std::to_string(kMaxAnswerLength) + " characters");
    std::size_t digits = 0, points = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            ++digits;
        } else if (c == '.') {
            ++points;
        } else if (c != '-' || i != 0) {
            return invalid("the answer must be a number (digits, an optional '-' and one '.')");
        }
    }
    if (digits == 0 || points > 1)
        return invalid("the answer must be a number (digits, an optional '-' and one '.')");
    return std::optional<std::string>(std::string(text));
}

Mark grade(const std::optional<std::string>& given, std::string_view correct) {
    if (!given) return Mark::Unattempted;
    const bool decimal = given->find('.') != std::string::npos || correct.find('.') != std::string_view::npos;
    const Decimal g = parse_decimal(*given);
    const Decimal c = parse_decimal(correct);
    if (!decimal) return g.negative == c.negative && g.digits == c.digits ? Mark::Right : Mark::Wrong;
    return within_a_hundredth(g, c) ? Mark::Right : Mark::Wrong;
}

long long points_for(long long answered, long long correct, const PointRules& rules) {
    return std::max(0LL, answered * rules.per_answered + correct * rules.per_correct);
}

long long capped_points(long long points, long long earned_today, long long cap) {
    if (cap <= 0 || points <= 0) return points;
    return std::clamp(cap - earned_today, 0LL, points);
}

double accuracy_percent(long long correct, long long total) {
    if (total <= 0) return 0;
    return std::round(static_cast<double>(correct) * 10000.0 / static_cast<double>(total)) / 100.0;
}

}  // namespace anzan::progress::rules
