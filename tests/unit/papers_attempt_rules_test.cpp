// The pure rules of online paper attempts (src/papers/attempt_rules.cpp): the limit, the idle
// hour, checking and grading answers, and who sees or manages assignments.
#include <gtest/gtest.h>

#include <limits>

#include "papers/attempt_rules.hpp"

namespace anzan::papers {
namespace {

Question question(int id, const std::string& answer) {
    Question q;
    q.id = id;
    q.text = "q" + std::to_string(id);
    q.answer = answer;
    return q;
}

// Ids 1..4 with answers 0, 12, 33.6, -5, in two blocks.
std::vector<GeneratedBlock> paper() {
    GeneratedBlock first, second;
    first.questions = {question(1, "0"), question(2, "12")};
    second.questions = {question(3, "33.6"), question(4, "-5")};
    return {first, second};
}

PaperAttempt open_attempt(const std::string& updated_at) {
    PaperAttempt attempt;
    attempt.updated_at = updated_at;
    return attempt;
}

TEST(PaperAttemptRules, StatusIsDerivedFromCompletedAtAndTimeTaken) {
    PaperAttempt attempt = open_attempt("2026-12-03 10:00:00");
    EXPECT_EQ(attempt_status(attempt), AttemptStatus::Open);
    attempt.completed_at = "2026-12-03 10:20:00";
    EXPECT_EQ(attempt_status(attempt), AttemptStatus::Abandoned);
    attempt.time_taken = 0.0;  // a submit always stores a time, even 0
    EXPECT_EQ(attempt_status(attempt), AttemptStatus::Completed);
    EXPECT_EQ(status_name(AttemptStatus::Open), "open");
    EXPECT_EQ(status_name(AttemptStatus::Abandoned), "abandoned");
}

TEST(PaperAttemptRules, AnOpenAttemptExpiresExactlyAnHourAfterItWasLastTouched) {
    const PaperAttempt attempt = open_attempt("2026-12-03 10:00:00");
    const Instant touched = *parse_utc("2026-12-03 10:00:00");
    EXPECT_EQ(attempt_expires_at(attempt), touched + std::chrono::hours(1));
    EXPECT_FALSE(is_idle_expired(attempt, touched + std::chrono::seconds(3599)));
    EXPECT_TRUE(is_idle_expired(attempt, touched + std::chrono::seconds(3600)));
    // The store's cutoff agrees: touched at the cutoff's second or later is not idle.
    const Instant now = touched + std::chrono::seconds(3600);
    EXPECT_LT(touched, idle_cutoff(now));
    EXPECT_GE(touched + std::chrono::seconds(1), idle_cutoff(now));
    PaperAttempt closed = attempt;
    closed.completed_at = "2026-12-03 10:05:00";
    EXPECT_FALSE(attempt_expires_at(closed));
    EXPECT_FALSE(is_idle_expired(closed, now + std::chrono::hours(5)));
}

TEST(PaperAttemptRules, TwoAttemptsPerPaper) {
    EXPECT_EQ(next_attempt_number(0).value(), 1);
    EXPECT_EQ(next_attempt_number(1).value(), 2);
    for (long long made : {2LL, 3LL}) {
        const auto refused = next_attempt_number(made);
        ASSERT_FALSE(refused);
        EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
        EXPECT_EQ(refused.error().detail, kMaxAttemptsReached);
    }
}

TEST(PaperAttemptRules, AnswersAreCheckedAgainstThePapersQuestions) {
    const std::vector<int> ids = question_ids(paper());
    ASSERT_EQ(ids, std::vector<int>({1, 2, 3, 4}));
    struct Row {
        const char* name;
        AnswerEntries entries;
        const char* error;  // nullptr: accepted
    };
    const Row rows[] = {
        {"blanks and nulls are dropped", {{"1", " "}, {"2", std::nullopt}, {"3", "33.60"}}, nullptr},
        {"an unknown id", {{"5", "1"}}, "Unknown question id '5'"},
        {"an id that is not a number", {{"x", "1"}}, "Unknown question id 'x'"},
        {"an id with a sign", {{"+1", "1"}}, "Unknown question id '+1'"},
        {"more answers than questions", {{"1", "1"}, {"2", "1"}, {"3", "1"}, {"4", "1"}, {"4", "1"}}, "Too many answers"},
        {"the same question twice", {{"1", "1"}, {"01", "2"}}, "Question 1 is answered twice"},
        {"not a number", {{"2", "12a"}}, "Question 2: the answer must be a number"},
        {"too long", {{"2", std::string(25, '1')}}, "Question 2: an answer has at most 24 characters"},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.name);
        const auto sheet = check_answers(row.entries, ids);
        if (!row.error) {
            ASSERT_TRUE(sheet) << sheet.error().detail;
            EXPECT_EQ(*sheet, AnswerSheet({{3, "33.60"}}));
            continue;
        }
        ASSERT_FALSE(sheet);
        EXPECT_EQ(sheet.error().code, ErrorCode::Invalid);
        EXPECT_NE(sheet.error().detail.find(row.error), std::string::npos) << sheet.error().detail;
    }
}

TEST(PaperAttemptRules, GradingCountsZeroAsAnAnswerAndBlanksAgainstAccuracy) {
    const AttemptGrade grade = grade_attempt(paper(), {{1, "0"}, {2, "13"}, {3, "33.605"}});
    EXPECT_EQ(grade.total_questions, 4);
    EXPECT_EQ(grade.correct, 2);  // 0, and 33.605 within a hundredth of 33.6
    EXPECT_EQ(grade.wrong, 1);
    EXPECT_EQ(grade.unattempted, 1);
    EXPECT_DOUBLE_EQ(grade.accuracy, 50.0);
    ASSERT_EQ(grade.questions.size(), 4u);
    EXPECT_TRUE(grade.questions[0].is_correct);
    EXPECT_EQ(grade.questions[1].correct_answer, "12");
    EXPECT_FALSE(grade.questions[3].given);
    const AttemptGrade empty = grade_attempt({}, {});
    EXPECT_EQ(empty.total_questions, 0);
    EXPECT_DOUBLE_EQ(empty.accuracy, 0.0);
}

TEST(PaperAttemptRules, TimeTakenIsADayAtMost) {
    EXPECT_TRUE(check_time_taken(0));
    EXPECT_TRUE(check_time_taken(86400));
    EXPECT_FALSE(check_time_taken(-0.5));
    EXPECT_FALSE(check_time_taken(86400.5));
    EXPECT_FALSE(check_time_taken(std::numeric_limits<double>::quiet_NaN()));
}

TEST(PaperAttemptRules, AssignmentsAreTrimmedAndChecked) {
    const auto ok = check_new_assignment({"  Rohini-16 ", std::string("  ")});
    ASSERT_TRUE(ok);
    EXPECT_EQ(ok->branch, "Rohini-16");
    EXPECT_FALSE(ok->level) << "a blank level means every level";
    EXPECT_FALSE(check_new_assignment({" ", std::nullopt}));
    EXPECT_FALSE(check_new_assignment({std::string(101, 'b'), std::nullopt}));
    EXPECT_FALSE(check_new_assignment({"Rohini", std::string(51, 'l')}));
    EXPECT_FALSE(check_new_assignment({"Roh\x01ini", std::nullopt}));
}

TEST(PaperAttemptRules, WhoManagesAndWhoSeesAnAssignment) {
    const std::vector<std::string> own = {"Gurgaon", "Rohini-16"};
    EXPECT_TRUE(can_manage_branch(Role::Admin, {}, "Anywhere"));
    EXPECT_TRUE(can_manage_branch(Role::Teacher, own, "Rohini-16"));
    EXPECT_FALSE(can_manage_branch(Role::Teacher, own, "rohini-16"));
    EXPECT_FALSE(can_manage_branch(Role::Teacher, {}, "Rohini-16"));
    EXPECT_FALSE(can_manage_branch(Role::Student, own, "Rohini-16"));

    PaperAssignment whole_branch;
    whole_branch.branch = "Rohini-16";
    PaperAssignment level_two = whole_branch;
    level_two.level = "2";
    EXPECT_TRUE(is_assigned_to(whole_branch, std::string("Rohini-16"), std::nullopt));
    EXPECT_FALSE(is_assigned_to(whole_branch, std::string("Gurgaon"), std::nullopt));
    EXPECT_FALSE(is_assigned_to(whole_branch, std::nullopt, std::string("2")));
    EXPECT_TRUE(is_assigned_to(level_two, std::string("Rohini-16"), std::string("2")));
    EXPECT_FALSE(is_assigned_to(level_two, std::string("Rohini-16"), std::string("3")));
    EXPECT_FALSE(is_assigned_to(level_two, std::string("Rohini-16"), std::nullopt));
}

}  // namespace
}  // namespace anzan::papers
