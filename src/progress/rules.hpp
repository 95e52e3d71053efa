// The pure rules of progress: how an answer is graded and what it earns. One rule for mental maths
// and papers (docs/practice.md, "Grading"). No I/O; point values come in as PointRules.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "platform/result.hpp"
#include "progress/types.hpp"

namespace anzan::progress::rules {

// The longest answer a student may give, in characters.
constexpr std::size_t kMaxAnswerLength = 24;

// A student's answer, checked: nullopt for a blank one (empty or only spaces); the trimmed text
// for a decimal number (optional '-', digits, at most one '.', at least one digit). Invalid, naming
// `what` ("Question 3"), for anything else or for more than kMaxAnswerLength characters.
Result<std::optional<std::string>> read_answer(std::string_view text, std::string_view what);

enum class Mark { Unattempted, Right, Wrong };

// Grades a checked answer (read_answer) against the exact correct answer ("405", "-12", "33.6").
// Integers (neither has a '.') must be equal as numbers ("007" = "7"); otherwise right when
// |given - correct| < 0.01, computed exactly on the decimal digits (legacy rule).
Mark grade(const std::optional<std::string>& given, std::string_view correct);

// answered × per_answered + correct × per_correct, never below 0.
long long points_for(long long answered, long long correct, const PointRules& rules);

// What may still be credited today under a daily cap (cap 0 = no cap): min(points, cap - earned
// today), never below 0. Negative points (debits) are never capped.
long long capped_points(long long points, long long earned_today, long long cap);

// correct / total × 100, rounded to 2 decimals; 0 when total is 0.
double accuracy_percent(long long correct, long long total);

}  // namespace anzan::progress::rules
