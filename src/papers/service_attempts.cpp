// Online paper attempts: start, read, autosave, submit, validate, list and count.
#include "papers/service_attempts.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "academy/store.hpp"
#include "papers/attempt_rules.hpp"
#include "papers/generator/generator.hpp"
#include "papers/generator/wire.hpp"
#include "papers/json_attempts.hpp"
#include "papers/service.hpp"
#include "papers/store.hpp"
#include "progress/store.hpp"

namespace anzan::papers {
namespace {

// What an attempt is generated from, wherever the request named it.
struct PaperSource {
    PaperConfig config;
    std::string title, level;
    std::uint64_t seed = 0;
    std::optional<long long> assignment_id;
};

// A saved paper's config and seed; a paper without a seed gets one now (as its first download
// would), so every attempt and print of it shows the same questions.
Result<PaperSource> saved_paper_source(db::Database& database, long long paper_id) {
    std::optional<SavedPaper> paper;
    {
        auto session = database.session();
        paper = TRY(store::find_paper(session.sql(), paper_id));
    }
    if (!paper) return Error::not_found("Paper not found");
    const nlohmann::json stored = nlohmann::json::parse(paper->config_json, nullptr, /*allow_exceptions=*/false);
    auto config = parse_paper_config(stored.is_discarded() ? nlohmann::json() : stored);
    if (!config) return Error::invalid("This saved paper cannot be attempted: " + config.error().detail);
    std::int64_t seed = paper->seed.value_or(0);
    if (!paper->seed) {
        auto tx = TRY(database.begin());
        seed = TRY(store::set_seed_if_missing(tx.sql(), paper_id, static_cast<std::int64_t>(random_seed())));
        TRY(tx.commit());
    }
    return PaperSource{config.release_value(), paper->title, paper->level, static_cast<std::uint64_t>(seed), {}};
}

// An assignment's paper. A student sees only the assignments of their branch (and level): any
// other is NotFound, as if it did not exist.
Result<PaperSource> assignment_source(db::Database& database, const AuthUser& caller, long long assignment_id) {
    std::optional<PaperAssignment> assignment;
    {
        auto session = database.session();
        assignment = TRY(store::find_assignment(session.sql(), assignment_id));
        if (assignment && caller.role == Role::Student) {
            const auto placement = TRY(academy::store::student_placement(session.sql(), caller.id));
            if (!is_assigned_to(*assignment, placement.branch, placement.level)) assignment.reset();
        }
    }
    if (!assignment) return Error::not_found("Assignment not found");
    PaperSource source = TRY(saved_paper_source(database, assignment->paper_id));
    source.assignment_id = assignment->id;
    return source;
}

Result<PaperSource> source_of(db::Database& database, const AuthUser& caller, const AttemptStart& start) {
    switch (start.source) {
        case AttemptStart::Source::SavedPaper: return saved_paper_source(database, start.paper_id);
        case AttemptStart::Source::Assignment: return assignment_source(database, caller, start.assignment_id);
        case AttemptStart::Source::Config: break;
    }
    return PaperSource{start.config, start.paper_title, start.paper_level, start.seed ? *start.seed : random_seed(), {}};
}

// The caller's attempt; NotFound for a missing one and for anyone else's.
Result<PaperAttempt> load_own(soci::session& sql, long long user_id, long long attempt_id) {
    auto attempt = TRY(store::find_attempt(sql, attempt_id));
    if (!attempt || attempt->user_id != user_id) return Error::not_found("Paper attempt not found");
    return std::move(*attempt);
}

// The balance beside the attempt, and its graded questions once completed.
Result<AttemptView> view_of(db::Session& session, PaperAttempt attempt) {
    AttemptView view;
    view.total_points = TRY(progress::store::balance(session, attempt.user_id));
    if (attempt_status(attempt) == AttemptStatus::Completed) {
        // A legacy row whose questions this server cannot read simply has no per-question results.
        if (auto blocks = read_stored_blocks(attempt.generated_blocks))
            view.grade = grade_attempt(*blocks, read_stored_answers(attempt.answers_json));
    }
    view.attempt = std::move(attempt);
    return view;
}

Result<long long> abandon_if_idle(soci::session& sql, long long attempt_id, Instant now) {
    return store::abandon_idle_attempt(sql, attempt_id, format_utc(now), format_utc(idle_cutoff(now)));
}

// Conflict unless the attempt may still change. One idle past its expiry is abandoned first, and
// that is committed: the refusal must not undo it.
Result<void> require_open(db::Transaction& tx, const PaperAttempt& attempt, Instant now) {
    const AttemptStatus status = attempt_status(attempt);
    if (status == AttemptStatus::Completed) return Error::conflict("This attempt has already been submitted");
    if (status == AttemptStatus::Abandoned) return Error::conflict(std::string(kAttemptClosed));
    if (is_idle_expired(attempt, now)) {
        TRY(abandon_if_idle(tx.sql(), attempt.id, now));
        TRY(tx.commit());
        return Error::conflict(std::string(kAttemptClosed));
    }
    return {};
}

int question_count(const GeneratedPaper& paper) {
    int count = 0;
    for (const auto& block : paper.blocks) count += static_cast<int>(block.questions.size());
    return count;
}

}  // namespace

Result<AttemptView> start_attempt(db::Database& database, const std::string& presets_dir, const AuthUser& caller,
                                  const AttemptStart& start, const AttemptClock& clock) {
    PaperSource source = TRY(source_of(database, caller, start));
    // Generated before the transaction: it is CPU work, and SQLite has one writer.
    const PaperConfig config = TRY(resolve_config(std::move(source.config), presets_dir));
    const GeneratedPaper paper = TRY(generate_paper(config, source.seed));
    store::NewAttemptRow row;
    row.user_id = caller.id;
    row.paper_title = source.title;
    row.paper_level = source.level;
    row.paper_config = to_json(config).dump();
    row.generated_blocks = to_json(paper)["blocks"].dump();
    row.seed = static_cast<std::int64_t>(source.seed);
    row.total_questions = question_count(paper);
    row.assignment_id = source.assignment_id;
    row.started_at = format_utc(clock.now);
    auto tx = TRY(database.begin());
    row.attempt_number = TRY(next_attempt_number(TRY(store::count_attempts(tx.sql(), caller.id, row.paper_title, row.seed))));
    const long long id = TRY(store::insert_attempt(tx.sql(), row));
    AttemptView view = TRY(view_of(tx.session(), TRY(load_own(tx.sql(), caller.id, id))));
    TRY(tx.commit());
    return view;
}

Result<AttemptView> read_attempt(db::Database& database, long long user_id, long long attempt_id, Instant now) {
    {
        auto session = database.session();
        PaperAttempt attempt = TRY(load_own(session.sql(), user_id, attempt_id));
        if (!is_idle_expired(attempt, now)) return view_of(session, std::move(attempt));
    }
    auto tx = TRY(database.begin());
    TRY(abandon_if_idle(tx.sql(), attempt_id, now));
    AttemptView view = TRY(view_of(tx.session(), TRY(load_own(tx.sql(), user_id, attempt_id))));
    TRY(tx.commit());
    return view;
}

Result<AutosaveResult> autosave_attempt(db::Database& database, long long user_id, long long attempt_id,
                                        const AnswerEntries& answers, Instant now) {
    auto tx = TRY(database.begin());
    const PaperAttempt attempt = TRY(load_own(tx.sql(), user_id, attempt_id));
    TRY(require_open(tx, attempt, now));
    const auto blocks = TRY(read_stored_blocks(attempt.generated_blocks));
    const AnswerSheet sheet = TRY(check_answers(answers, question_ids(blocks)));
    if (!TRY(store::save_answers(tx.sql(), attempt_id, answer_sheet_json(sheet), format_utc(now))))
        return Error::conflict("This attempt has already been submitted");
    TRY(tx.commit());
    return AutosaveResult{attempt_id, now, now + kAttemptIdleLimit, static_cast<long long>(sheet.size())};
}

Result<AttemptView> submit_attempt(db::Database& database, long long user_id, long long attempt_id,
                                   const AttemptSubmit& submit, const AttemptClock& clock) {
    const double time_taken = TRY(check_time_taken(submit.time_taken));
    const std::string now = format_utc(clock.now);
    const std::string day_start = TRY(academy_day(clock.now, clock.academy_timezone)).start_utc;
    // Read and graded before the write transaction: on SQLite it holds the one writer lock, and a
    // 100-question paper takes longer to read and grade than to store.
    PaperAttempt attempt;
    {
        auto read = database.session();
        attempt = TRY(load_own(read.sql(), user_id, attempt_id));
        // A repeat (a double click, a retry after a lost answer) gets the stored result, credited once.
        if (attempt_status(attempt) == AttemptStatus::Completed) return view_of(read, attempt);
    }
    if (attempt_status(attempt) != AttemptStatus::Open || is_idle_expired(attempt, clock.now)) {
        auto tx = TRY(database.begin());
        TRY(require_open(tx, TRY(load_own(tx.sql(), user_id, attempt_id)), clock.now));
        return Error::conflict("This attempt has already been submitted");  // closed meanwhile
    }
    const auto blocks = TRY(read_stored_blocks(attempt.generated_blocks));
    const AnswerSheet sheet = submit.answers ? TRY(check_answers(*submit.answers, question_ids(blocks)))
                                             : read_stored_answers(attempt.answers_json);
    const AttemptGrade grade = grade_attempt(blocks, sheet);
    const store::AttemptTotals totals{answer_sheet_json(sheet), grade.correct, grade.wrong, grade.correct,
                                      grade.accuracy, time_taken, now};
    auto tx = TRY(database.begin());
    // Closes it only if still open: a concurrent submit, autosave-less abandonment or a repeat that
    // got here first wins, and this one answers with its stored result.
    if (!TRY(store::finish_attempt(tx.sql(), attempt_id, totals))) {
        // A concurrent submit closed it between our read and our write (PostgreSQL): its result stands.
        tx.rollback();
        auto session = database.session();
        return view_of(session, TRY(load_own(session.sql(), user_id, attempt_id)));
    }
    const progress::Earning earning{.user_id = user_id,
                                    .source_type = "paper_attempt",
                                    .source_id = attempt_id,
                                    .answered = grade.correct + grade.wrong,
                                    .correct = grade.correct,
                                    .description = "Practice paper: " + attempt.paper_title + " (" +
                                                   attempt.paper_level + ")",
                                    .extra_json = attempt_credit_extra_json(attempt, grade),
                                    .at = now,
                                    .day_start = day_start};
    const progress::Earned earned = TRY(progress::store::credit_earning(tx.session(), earning));
    TRY(store::set_attempt_points(tx.sql(), attempt_id, earned.points));
    TRY(tx.commit());
    AttemptView view;
    view.attempt = std::move(attempt);
    view.attempt.answers_json = totals.answers_json;
    view.attempt.correct_answers = totals.correct_answers;
    view.attempt.wrong_answers = totals.wrong_answers;
    view.attempt.score = totals.score;
    view.attempt.accuracy = totals.accuracy;
    view.attempt.time_taken = totals.time_taken;
    view.attempt.points_earned = earned.points;
    view.attempt.completed_at = now;
    view.attempt.updated_at = now;
    view.total_points = earned.total_points;
    view.grade = grade;
    return view;
}

Result<AttemptValidity> validate_attempt(db::Database& database, long long user_id, long long attempt_id,
                                         Instant now) {
    auto session = database.session();
    const auto attempt = TRY(store::find_attempt(session.sql(), attempt_id));
    if (!attempt || attempt->user_id != user_id) return AttemptValidity{false, "not_found", {}};
    // Abandoned attempts are closed too; legacy calls both "completed".
    if (attempt_status(*attempt) != AttemptStatus::Open) return AttemptValidity{false, "completed", {}};
    if (is_idle_expired(*attempt, now)) return AttemptValidity{false, "expired", {}};
    return AttemptValidity{true, std::nullopt, attempt_expires_at(*attempt)};
}

Result<std::vector<PaperAttempt>> list_own_attempts(db::Database& database, long long user_id, int limit,
                                                    Instant now) {
    {
        auto session = database.session();
        auto attempts = TRY(store::recent_attempts(session, user_id, limit));
        const bool any_idle = std::any_of(attempts.begin(), attempts.end(),
                                          [&](const PaperAttempt& attempt) { return is_idle_expired(attempt, now); });
        if (!any_idle) return attempts;
    }
    auto tx = TRY(database.begin());
    TRY(store::abandon_idle_attempts(tx.sql(), user_id, format_utc(now), format_utc(idle_cutoff(now))));
    auto attempts = TRY(store::recent_attempts(tx.session(), user_id, limit));
    TRY(tx.commit());
    return attempts;
}

Result<long long> count_own_attempts(db::Database& database, long long user_id, const std::string& paper_title,
                                     std::int64_t seed) {
    auto session = database.session();
    return store::count_attempts(session.sql(), user_id, paper_title, seed);
}

}  // namespace anzan::papers
