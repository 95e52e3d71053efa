// The pure rules of mental-maths practice: the operation menu with the legacy ranges and timings,
// turning a request into a generator block, grading a submitted session, and recomputing the
// correct answer of a legacy question object. No I/O (docs/practice.md).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "papers/types.hpp"
#include "platform/result.hpp"
#include "practice/types.hpp"

namespace anzan::practice::rules {

constexpr int kMaxQuestions = 50;
constexpr int kMaxLegacyRows = 30;
constexpr double kSessionSeconds = 3600;  // a session not submitted within this is closed with 0 points
constexpr double kFlashAnswerSeconds = 15;
constexpr double kMaxTimeTaken = 86400;
// What one student may add to the tables: sessions started per academy day (both routes), and
// sessions open at once (an open one past its hour no longer counts once it is closed).
constexpr long long kMaxSessionsPerDay = 300;
constexpr long long kMaxOpenSessions = 10;

// The menu, in order; nullptr for an unknown name.
const std::vector<Operation>& operations();
const Operation* find_operation(std::string_view name);

// Timing presets (seconds per row for flash operations, per question otherwise).
struct Timing {
    double easy, medium, hard;
    double custom_min, custom_max;
};
Timing timing_for(const Operation& operation);
// The custom speeds a flash operation accepts: 0.1..1.0 by 0.1, 1.2, 1.5..5.0 by 0.5.
const std::vector<double>& flash_custom_values();

// Checks a request against the menu and its ranges (Invalid naming the field) and builds the
// generator block and timing.
Result<SessionPlan> plan_session(const SessionRequest& request);

// A generated question as practice shows it: vertical questions get their rows with signs.
SessionQuestion session_question(const papers::Question& question);

// Grades answers against the stored questions. Invalid for a question number outside 1..n, a
// repeated number, more answers than questions, or a time outside 0..kMaxTimeTaken.
Result<GradedSession> grade_session(const std::vector<SessionQuestion>& questions,
                                    const std::vector<GivenAnswer>& answers);

// The exact correct answer of a legacy question object, as decimal text. Invalid (nothing is
// stored then) for an unknown type or operator, missing operands, operands beyond the legacy
// ranges, a division by zero, an inexact `division`, or a root of a number that has none.
Result<std::string> legacy_correct_answer(const LegacyQuestion& question);

// Decimal text of an exact number ("-12.5").
std::string exact_text(const Exact& value);

}  // namespace anzan::practice::rules
