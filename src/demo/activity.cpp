// Today's activity in the demo academy, made through the same services a student's requests use:
// mental-maths sessions generated and graded by the server, and a weekly paper the admin set for
// Rohini-16 with a few students' graded attempts. So `make run` opens on a living academy.
#include "demo/activity.hpp"

#include <nlohmann/json.hpp>

#include "papers/service.hpp"
#include "practice/service.hpp"
#include "progress/store.hpp"

namespace anzan::demo {
namespace {

using json = nlohmann::json;

// Every third answer of a student goes wrong on purpose, one is left blank: results look real.
bool answers_right(int student_idx, int question) { return (question + student_idx) % 4 != 0; }

Result<void> practise_mental_maths(db::Database& database, const DemoActivity& a, long long user_id, int idx) {
    practice::SessionRequest request;
    request.operation_type = idx % 2 == 0 ? "add_sub" : "multiplication";
    request.total_questions = 10;
    request.difficulty_mode = "medium";
    const Instant started = a.now - std::chrono::minutes(30 + 7 * idx);
    const json session = TRY(practice::start_session(database, a.config, user_id, request, started));
    const long long id = session.at("id").get<long long>();
    std::string questions_text;
    {
        auto read = database.session();
        const auto stored = TRY(progress::store::find_practice_session(read, id));
        if (stored) questions_text = stored->questions_json;
    }
    practice::SubmitRequest submit;
    submit.time_taken = 95 + 5 * idx;
    const json questions = json::parse(questions_text, nullptr, false);
    for (const auto& q : questions.is_array() ? questions : json::array()) {
        const int number = q.value("n", 0);
        if (number == 10) continue;  // left blank
        const std::string answer = q.value("answer", "0");
        submit.answers.push_back({number, answers_right(idx, number) ? answer : answer + "1", 8.5});
    }
    TRY(practice::submit_session(database, a.config, user_id, id, submit, started + std::chrono::minutes(3)));
    return {};
}

Result<void> attempt_weekly_paper(db::Database& database, const DemoActivity& a, const AuthUser& student,
                                  long long assignment_id, int idx) {
    papers::AttemptStart start;
    start.source = papers::AttemptStart::Source::Assignment;
    start.assignment_id = assignment_id;
    const Instant started = a.now - std::chrono::minutes(20 + 5 * idx);
    const auto view = TRY(papers::start_attempt(database, a.presets_dir, student, start,
                                                {started, a.config.academy_timezone}));
    papers::AnswerEntries answers;
    const json blocks = json::parse(view.attempt.generated_blocks, nullptr, false);
    for (const auto& block : blocks.is_array() ? blocks : json::array())
        for (const auto& q : block.value("questions", json::array())) {
            const int id = q.value("id", 0);
            const std::string answer = q.value("answer_text", std::string("0"));
            answers.emplace_back(std::to_string(id), answers_right(idx, id) ? answer : answer + "9");
        }
    papers::AttemptSubmit submit;
    submit.answers = std::move(answers);
    submit.time_taken = 900 + 60 * idx;
    TRY(papers::submit_attempt(database, student.id, view.attempt.id, submit,
                               {started + std::chrono::minutes(15), a.config.academy_timezone}));
    return {};
}

}  // namespace

Result<void> add_todays_activity(db::Database& database, const DemoActivity& a) {
    for (std::size_t i = 0; i < a.students.size() && i < 8; ++i)
        TRY(practise_mental_maths(database, a, a.students[i].id, static_cast<int>(i)));

    if (a.presets_dir.empty()) return {};  // no level presets here: no weekly paper
    papers::NewPaper paper;
    paper.title = "Weekly test";
    paper.level = "AB-2";
    paper.config.title = paper.title;
    paper.config.level = paper.level;
    paper.seed = 2026;
    const long long paper_id = TRY(papers::save_paper(database, paper, a.presets_dir, a.admin.id, a.now));
    const auto assignment = TRY(papers::assign_paper(database, a.admin, paper_id, {"Rohini-16", std::nullopt}, a.now));
    // Three students of Rohini-16 (the first six demo students: student4..6) have done it; the
    // others have it to do.
    for (int i = 3; i < 6 && i < static_cast<int>(a.students.size()); ++i)
        TRY(attempt_weekly_paper(database, a, a.students[static_cast<std::size_t>(i)], assignment.id, i));
    return {};
}

}  // namespace anzan::demo
