#include "practice/service.hpp"

#include "papers/service.hpp"
#include "platform/db/read_snapshot.hpp"
#include "papers/store.hpp"
#include "practice/json.hpp"
#include "practice/rules.hpp"
#include "progress/rules.hpp"
#include "progress/store.hpp"

namespace anzan::practice {
namespace {

using json = nlohmann::json;
using progress::StoredPracticeSession;

std::string expires_at(const StoredPracticeSession& s) {
    const auto started = parse_utc(s.started_at);
    return started ? format_iso(*started + std::chrono::seconds(static_cast<long long>(rules::kSessionSeconds))) : "";
}

bool past_its_hour(const StoredPracticeSession& s, Instant now) {
    const auto started = parse_utc(s.started_at);
    return started && now - *started > std::chrono::seconds(static_cast<long long>(rules::kSessionSeconds));
}

// The caller's session, or NotFound (another student's session does not exist for them).
Result<StoredPracticeSession> own_session(db::Session& db_session, long long user_id, long long session_id) {
    auto session = TRY(progress::store::find_practice_session(db_session, session_id));
    if (!session || session->user_id != user_id) return Error::not_found("Practice session not found");
    return std::move(*session);
}

Result<std::string> stored_result(db::Session& session, const StoredPracticeSession& s) {
    std::vector<GradedQuestion> questions;
    for (const auto& a : TRY(progress::store::list_attempts(session.sql(), s.id))) questions.push_back(graded_from_attempt(a));
    return result_text(s, questions, TRY(progress::store::balance(session, s.user_id)));
}

// Closes an open session that is past its hour (0 points); true when it is (now) expired.
Result<bool> expire_if_due(db::Database& database, StoredPracticeSession& s, Instant now) {
    if (s.status == "expired") return true;
    if (s.status != "open" || !past_its_hour(s, now)) return false;
    auto tx = TRY(database.begin());
    progress::PracticeTotals zero{.completed_at = format_utc(now)};
    TRY(progress::store::finish_practice_session(tx.session(), s.id, zero, "expired"));
    TRY(tx.commit());
    auto read_session = database.session();
    auto reread = TRY(progress::store::find_practice_session(read_session, s.id));
    if (reread) s = std::move(*reread);
    return s.status == "expired";
}

Error expired_error() {
    return Error::conflict("This session was not submitted within 1 hour; it was closed with 0 points. Start a new one.");
}

std::string description_of(const std::string& operation, const std::string& mode) {
    return "Mental math practice: " + operation + " (" + mode + ")";
}

std::string earning_extra(const std::string& operation, const std::string& mode, int correct, int wrong, int total,
                          double accuracy) {
    return json{{"operation_type", operation},   {"difficulty_mode", mode},   {"correct_answers", correct},
                {"wrong_answers", wrong},        {"attempted_questions", correct + wrong},
                {"total_questions", total},      {"accuracy", accuracy}}
        .dump();
}

double as_double(const std::optional<std::string>& text) {
    if (!text) return 0;
    try {
        return std::stod(*text);
    } catch (...) {
        return 0;
    }
}

// The per-student bounds on new sessions (rules.hpp); open sessions count over the last hour.
Result<void> check_session_limits(db::Database& database, const Config& config, long long user_id, Instant now,
                                  bool opens_one) {
    const auto day = TRY(academy_day(now, config.academy_timezone));
    auto session = database.session();
    const auto today = TRY(progress::store::session_counts(session.sql(), user_id, day.start_utc));
    if (today.started >= rules::kMaxSessionsPerDay)
        return Error::rate_limited("You have practised " + std::to_string(today.started) +
                                   " sessions today, the most a day allows. Come back tomorrow!");
    if (!opens_one) return {};
    const auto recent = TRY(progress::store::session_counts(
        session.sql(), user_id,
        format_utc(now - std::chrono::seconds(static_cast<long long>(rules::kSessionSeconds)))));
    if (recent.open >= rules::kMaxOpenSessions)
        return Error::rate_limited("You have " + std::to_string(recent.open) +
                                   " sessions open: finish one, or wait for them to close after an hour");
    return {};
}

}  // namespace

Result<json> start_session(db::Database& database, const Config& config, long long user_id,
                           const SessionRequest& request, Instant now) {
    const auto plan = TRY(rules::plan_session(request));
    TRY(check_session_limits(database, config, user_id, now, true));
    papers::PreviewRequest preview;
    preview.config.title = "Mental maths";
    preview.config.blocks = {plan.block};
    preview.seed = papers::random_seed();
    const auto paper = TRY(papers::preview_paper(preview, ""));
    std::vector<SessionQuestion> questions;
    for (const auto& block : paper.blocks)
        for (const auto& q : block.questions) questions.push_back(rules::session_question(q));

    progress::OpenPracticeSession open{.user_id = user_id,
                                       .operation_type = plan.operation->name,
                                       .difficulty_mode = request.difficulty_mode,
                                       .total_questions = static_cast<int>(questions.size()),
                                       .seed = static_cast<long long>(paper.seed),
                                       .config_json = stored_config(plan),
                                       .questions_json = stored_questions(questions),
                                       .started_at = format_utc(now)};
    auto tx = TRY(database.begin());
    const long long id = TRY(progress::store::open_practice_session(tx.sql(), open));
    TRY(tx.commit());
    StoredPracticeSession stored{.id = id,
                                 .user_id = user_id,
                                 .status = "open",
                                 .operation_type = open.operation_type,
                                 .difficulty_mode = open.difficulty_mode,
                                 .total_questions = open.total_questions,
                                 .started_at = open.started_at,
                                 .config_json = open.config_json};
    return session_json(stored, questions, expires_at(stored), nullptr);
}

Result<json> get_session(db::Database& database, long long user_id, long long session_id, Instant now) {
    auto read = database.session();
    auto session = TRY(own_session(read, user_id, session_id));
    TRY(expire_if_due(database, session, now));
    std::vector<SessionQuestion> questions;
    if (!session.questions_json.empty()) questions = TRY(read_stored_questions(session.questions_json));
    json result = nullptr;
    if (session.status == "completed") result = json::parse(TRY(stored_result(read, session)));
    return session_json(session, questions, expires_at(session), result);
}

Result<std::string> submit_session(db::Database& database, const Config& config, long long user_id, long long session_id,
                            const SubmitRequest& request, Instant now) {
    auto read = database.session();
    auto session = TRY(own_session(read, user_id, session_id));
    if (session.status == "completed") return stored_result(read, session);
    if (TRY(expire_if_due(database, session, now))) return expired_error();
    if (session.questions_json.empty()) return Error::conflict("This session was not started here and has no questions to grade");
    const auto questions = TRY(read_stored_questions(session.questions_json));
    const auto graded = TRY(rules::grade_session(questions, request.answers));
    const auto day = TRY(academy_day(now, config.academy_timezone));
    const std::string at = format_utc(now);

    auto tx = TRY(database.begin());
    const progress::Earning earning{
        .user_id = user_id,
        .source_type = "mental_math",
        .source_id = session_id,
        .answered = graded.correct + graded.wrong,
        .correct = graded.correct,
        .description = description_of(session.operation_type, session.difficulty_mode),
        .extra_json = earning_extra(session.operation_type, session.difficulty_mode, graded.correct, graded.wrong,
                                    session.total_questions, graded.accuracy),
        .at = at,
        .day_start = day.start_utc};
    const auto earned = TRY(progress::store::credit_earning(tx.session(), earning));
    if (!earned.credited) {
        // A concurrent submit of the same session won: answer with what it stored.
        tx.rollback();
        auto winner = TRY(own_session(read, user_id, session_id));
        return stored_result(read, winner);
    }
    const progress::PracticeTotals totals{.correct_answers = graded.correct,
                                          .wrong_answers = graded.wrong,
                                          .score = graded.correct,
                                          .accuracy = graded.accuracy,
                                          .time_taken = request.time_taken,
                                          .points_earned = earned.points,
                                          .completed_at = at};
    if (!TRY(progress::store::finish_practice_session(tx.session(), session_id, totals, "completed"))) {
        tx.rollback();
        auto current = TRY(own_session(read, user_id, session_id));
        if (current.status == "expired") return expired_error();
        return stored_result(read, current);
    }
    std::vector<progress::PracticeAttempt> attempts;
    attempts.reserve(graded.questions.size());
    for (const auto& g : graded.questions) {
        attempts.push_back(progress::PracticeAttempt{.question_data = graded_question_data(g),
                                                     .user_answer = g.given ? std::optional<double>(as_double(g.given))
                                                                            : std::nullopt,
                                                     .correct_answer = as_double(g.question.answer),
                                                     .is_correct = g.correct,
                                                     .time_taken = g.time_taken,
                                                     .question_number = g.question.number,
                                                     .created_at = at});
    }
    TRY(progress::store::add_attempts(tx.session(), session_id, attempts));
    TRY(tx.commit());

    session.status = "completed";
    session.correct_answers = totals.correct_answers;
    session.wrong_answers = totals.wrong_answers;
    session.score = totals.score;
    session.accuracy = totals.accuracy;
    session.time_taken = totals.time_taken;
    session.points_earned = totals.points_earned;
    session.completed_at = at;
    return result_text(session, graded.questions, earned.total_points);
}

Result<std::string> save_legacy_session(db::Database& database, const Config& config, long long user_id,
                                 const LegacyRequest& request, Instant now) {
    TRY(check_session_limits(database, config, user_id, now, false));
    // Grade first: a question that cannot be graded stores nothing.
    std::vector<progress::PracticeAttempt> attempts;
    int correct = 0, wrong = 0;
    const std::string at = format_utc(now);
    for (const auto& a : request.attempts) {
        const std::string answer = TRY(rules::legacy_correct_answer(a.question));
        const auto mark = progress::rules::grade(a.given, answer);
        if (mark == progress::rules::Mark::Right) ++correct;
        if (mark == progress::rules::Mark::Wrong) ++wrong;
        attempts.push_back(progress::PracticeAttempt{.question_data = a.question_data.dump(),
                                                     .user_answer = a.given ? std::optional<double>(as_double(a.given))
                                                                            : std::nullopt,
                                                     .correct_answer = as_double(answer),
                                                     .is_correct = mark == progress::rules::Mark::Right,
                                                     .time_taken = a.time_taken,
                                                     .question_number = a.question_number,
                                                     .created_at = at});
    }
    const double accuracy = progress::rules::accuracy_percent(correct, request.total_questions);
    const auto day = TRY(academy_day(now, config.academy_timezone));

    auto tx = TRY(database.begin());
    progress::PracticeSession session{.user_id = user_id,
                                      .operation_type = request.operation_type,
                                      .difficulty_mode = request.difficulty_mode,
                                      .total_questions = request.total_questions,
                                      .correct_answers = correct,
                                      .wrong_answers = wrong,
                                      .score = correct,
                                      .accuracy = accuracy,
                                      .time_taken = request.time_taken,
                                      .points_earned = 0,
                                      .started_at = at,
                                      .completed_at = at};
    const long long id = TRY(progress::store::record_practice_session(tx.session(), session, attempts));
    const auto earned = TRY(progress::store::credit_earning(
        tx.session(), progress::Earning{.user_id = user_id,
                                    .source_type = "mental_math",
                                    .source_id = id,
                                    .answered = correct + wrong,
                                    .correct = correct,
                                    .description = description_of(request.operation_type, request.difficulty_mode),
                                    .extra_json = earning_extra(request.operation_type, request.difficulty_mode,
                                                                correct, wrong, request.total_questions, accuracy),
                                    .at = at,
                                    .day_start = day.start_utc}));
    progress::PracticeTotals totals{.correct_answers = correct,
                                    .wrong_answers = wrong,
                                    .score = correct,
                                    .accuracy = accuracy,
                                    .time_taken = request.time_taken,
                                    .points_earned = earned.points,
                                    .completed_at = at};
    TRY(progress::store::set_session_points(tx.sql(), id, earned.points));
    TRY(tx.commit());
    StoredPracticeSession stored{.id = id,
                                 .user_id = user_id,
                                 .status = "completed",
                                 .operation_type = request.operation_type,
                                 .difficulty_mode = request.difficulty_mode,
                                 .total_questions = request.total_questions,
                                 .correct_answers = correct,
                                 .wrong_answers = wrong,
                                 .score = correct,
                                 .accuracy = accuracy,
                                 .time_taken = request.time_taken,
                                 .points_earned = totals.points_earned,
                                 .started_at = at,
                                 .completed_at = at};
    JsonWriter w;
    w.start_object();
    write_legacy_session_fields(w, stored);
    w.field("total_points", earned.total_points);
    w.end_object();
    return w.take();
}

Result<std::string> legacy_session_detail(db::Database& database, long long user_id, long long session_id) {
    auto session = database.session();
    const auto s = TRY(own_session(session, user_id, session_id));
    JsonWriter w;
    w.start_object();
    write_legacy_session_fields(w, s);
    w.field("status", s.status);
    w.key("attempts");
    w.start_array();
    for (const auto& a : TRY(progress::store::list_attempts(session.sql(), s.id))) w.raw(legacy_attempt_json(a).dump());
    w.end_array();
    w.end_object();
    return w.take();
}

Result<std::string> student_stats(db::Database& database, long long user_id) {
    auto session = database.session();
    const db::ReadSnapshot snapshot(session);
    const auto progress = TRY(progress::store::student_progress(session, user_id));
    const auto& mental = progress.practice;
    const auto papers_sums = TRY(papers::paper_sums(session, user_id));
    const auto recent = TRY(progress::store::recent_practice_sessions(session, user_id, 10));
    const auto badges = TRY(progress::store::badge_names(session, user_id));
    const long long questions = mental.questions + papers_sums.questions;
    const long long correct = mental.correct + papers_sums.correct;
    JsonWriter w;
    w.start_object();
    w.field("total_sessions", mental.sessions + papers_sums.attempts);
    w.field("total_questions", questions);
    w.field("total_correct", correct);
    w.field("total_wrong", mental.wrong + papers_sums.wrong);
    w.field("overall_accuracy", progress::rules::accuracy_percent(correct, questions));
    w.field("total_points", progress.account.total_points);
    w.field("current_streak", progress.account.current_streak);
    w.field("longest_streak", progress.account.longest_streak);
    w.key("badges");
    w.start_array();
    for (const auto& name : badges) w.value(name);
    w.end_array();
    w.key("recent_sessions");
    w.start_array();
    for (const auto& s : recent) {
        w.start_object();
        write_legacy_session_fields(w, s);
        w.end_object();
    }
    w.end_array();
    w.key("recent_paper_attempts");
    TRY(papers::write_recent_attempts(w, session, user_id, 10));
    w.field("total_paper_attempts", papers_sums.attempts);
    w.field("paper_total_questions", papers_sums.questions);
    w.field("paper_total_correct", papers_sums.correct);
    w.field("paper_total_wrong", papers_sums.wrong);
    w.field("paper_overall_accuracy", progress::rules::accuracy_percent(papers_sums.correct, papers_sums.questions));
    w.end_object();
    return w.take();
}

Result<json> points_logs(db::Database& database, long long user_id, long long limit, long long offset) {
    auto session = database.session();
    auto& sql = session.sql();
    json logs = json::array();
    for (const auto& e : TRY(progress::store::ledger_page(sql, user_id, limit, offset))) {
        json metadata = json::parse(e.extra_json, nullptr, false);
        if (!metadata.is_object()) metadata = json::object();
        logs.push_back({{"id", e.id},
                        {"points", e.points},
                        {"source_type", e.source_type},
                        {"description", e.description},
                        {"source_id", e.source_id ? json(*e.source_id) : json(nullptr)},
                        {"metadata", metadata},
                        {"created_at", storage_to_iso(e.created_at)}});
    }
    const long long from_logs = TRY(progress::store::ledger_sum(sql, user_id));
    const long long from_user = TRY(progress::store::balance(session, user_id));
    return json{{"total_points_from_logs", from_logs},
                {"total_points_from_user", from_user},
                {"match", from_logs == from_user},
                {"logs", logs},
                {"total_entries", TRY(progress::store::ledger_count(sql, user_id))}};
}

}  // namespace anzan::practice
