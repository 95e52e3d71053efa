#include "papers/attempt_rules.hpp"

#include <cmath>
#include <set>

#include "platform/text.hpp"
#include "progress/rules.hpp"

namespace anzan::papers {
namespace {

constexpr std::size_t kMaxBranchLength = 100;
constexpr std::size_t kMaxAssignmentLevelLength = 50;

// A question id as a client sends it: a JSON object key of 1..9 digits ("12").
std::optional<int> read_question_id(const std::string& key) {
    if (key.empty() || key.size() > 9) return std::nullopt;
    int id = 0;
    for (const char c : key) {
        if (c < '0' || c > '9') return std::nullopt;
        id = id * 10 + (c - '0');
    }
    return id;
}

// `text` without leading and trailing spaces and tabs.
std::string trimmed_text(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

}  // namespace

AttemptStatus attempt_status(const PaperAttempt& attempt) {
    if (attempt.completed_at.empty()) return AttemptStatus::Open;
    return attempt.time_taken ? AttemptStatus::Completed : AttemptStatus::Abandoned;
}

std::string_view status_name(AttemptStatus status) {
    switch (status) {
        case AttemptStatus::Open: return "open";
        case AttemptStatus::Completed: return "completed";
        case AttemptStatus::Abandoned: return "abandoned";
    }
    return "open";
}

std::optional<Instant> attempt_expires_at(const PaperAttempt& attempt) {
    if (attempt_status(attempt) != AttemptStatus::Open) return std::nullopt;
    const auto touched = parse_utc(attempt.updated_at);
    if (!touched) return std::nullopt;
    return *touched + kAttemptIdleLimit;
}

bool is_idle_expired(const PaperAttempt& attempt, Instant now) {
    const auto expires = attempt_expires_at(attempt);
    return expires && now >= *expires;
}

// An attempt touched at exactly the cutoff expires at `now`: is_idle_expired agrees.
Instant idle_cutoff(Instant now) { return now - kAttemptIdleLimit + std::chrono::seconds(1); }

Result<int> next_attempt_number(long long attempts_so_far) {
    if (attempts_so_far >= kMaxAttemptsPerPaper) return Error::conflict(std::string(kMaxAttemptsReached));
    return static_cast<int>(attempts_so_far + 1);
}

Result<AnswerSheet> check_answers(const AnswerEntries& entries, const std::vector<int>& question_ids) {
    if (entries.size() > question_ids.size())
        return Error::invalid("Too many answers: this paper has " + std::to_string(question_ids.size()) +
                              " questions, " + std::to_string(entries.size()) + " answers were sent");
    const std::set<int> known(question_ids.begin(), question_ids.end());
    std::set<int> seen;
    AnswerSheet sheet;
    for (const auto& [key, text] : entries) {
        const auto id = read_question_id(key);
        if (!id || !known.count(*id))
            return Error::invalid("Unknown question id '" + key.substr(0, 20) + "': this paper's questions are " +
                                  (question_ids.empty() ? std::string("none")
                                                        : std::to_string(question_ids.front()) + ".." +
                                                              std::to_string(question_ids.back())));
        if (!seen.insert(*id).second)
            return Error::invalid("Question " + std::to_string(*id) + " is answered twice");
        if (!text) continue;
        const auto answer = TRY(progress::rules::read_answer(*text, "Question " + std::to_string(*id)));
        if (answer) sheet[*id] = *answer;
    }
    return sheet;
}

std::vector<int> question_ids(const std::vector<GeneratedBlock>& blocks) {
    std::vector<int> ids;
    for (const auto& block : blocks)
        for (const auto& question : block.questions) ids.push_back(question.id);
    return ids;
}

AttemptGrade grade_attempt(const std::vector<GeneratedBlock>& blocks, const AnswerSheet& answers) {
    AttemptGrade grade;
    for (const auto& block : blocks) {
        for (const auto& question : block.questions) {
            GradedQuestion graded;
            graded.question_id = question.id;
            graded.correct_answer = question.answer;
            if (const auto it = answers.find(question.id); it != answers.end()) graded.given = it->second;
            const auto mark = progress::rules::grade(graded.given, question.answer);
            graded.is_correct = mark == progress::rules::Mark::Right;
            if (mark == progress::rules::Mark::Right) ++grade.correct;
            else if (mark == progress::rules::Mark::Wrong) ++grade.wrong;
            else ++grade.unattempted;
            grade.questions.push_back(std::move(graded));
        }
    }
    grade.total_questions = static_cast<int>(grade.questions.size());
    grade.accuracy = progress::rules::accuracy_percent(grade.correct, grade.total_questions);
    return grade;
}

Result<double> check_time_taken(double seconds) {
    if (!std::isfinite(seconds) || seconds < 0 || seconds > kMaxAttemptSeconds)
        return Error::invalid("time_taken must be between 0 and 86400 seconds");
    return seconds;
}

Result<NewAssignment> check_new_assignment(NewAssignment assignment) {
    assignment.branch = trimmed_text(assignment.branch);
    if (assignment.branch.empty() || assignment.branch.size() > kMaxBranchLength)
        return Error::invalid("branch must be 1 to 100 characters");
    if (!is_printable_text(assignment.branch)) return Error::invalid("branch holds characters that cannot be shown");
    if (assignment.level) {
        *assignment.level = trimmed_text(*assignment.level);
        if (assignment.level->size() > kMaxAssignmentLevelLength)
            return Error::invalid("level must be at most 50 characters");
        if (!is_printable_text(*assignment.level)) return Error::invalid("level holds characters that cannot be shown");
        if (assignment.level->empty()) assignment.level.reset();
    }
    return assignment;
}

bool can_manage_branch(Role role, const std::vector<std::string>& teacher_branches, const std::string& branch) {
    if (role == Role::Admin) return true;
    if (role != Role::Teacher) return false;
    for (const auto& own : teacher_branches)
        if (own == branch) return true;
    return false;
}

bool is_assigned_to(const PaperAssignment& assignment, const std::optional<std::string>& branch,
                    const std::optional<std::string>& level) {
    if (!branch || *branch != assignment.branch) return false;
    return !assignment.level || (level && *level == *assignment.level);
}

}  // namespace anzan::papers
