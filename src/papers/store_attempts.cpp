// Online paper attempts: starting, autosaving, submitting and abandoning rows of paper_attempts.
#include "papers/store.hpp"
#include "platform/db/database.hpp"
#include "platform/db/run_prepared.hpp"

namespace anzan::papers::store {
namespace {

// Legacy rows (attempt_number NULL) count too: the limit is per (user, title, seed) whatever made them.
constexpr const char* kCountAttempts = R"sql(
    SELECT COUNT(*) FROM paper_attempts WHERE user_id = :u AND paper_title = :t AND seed = :s)sql";

// The unique index (user_id, paper_title, seed, attempt_number) refuses a second attempt with the
// same number: two concurrent starts that both counted 1 cannot both become attempt 2.
constexpr const char* kInsertAttempt = R"sql(
    INSERT INTO paper_attempts (user_id, paper_title, paper_level, paper_config, generated_blocks, seed,
                                total_questions, answers, started_at, updated_at, attempt_number, assignment_id)
    VALUES (:u, :title, :level, :config, :blocks, :seed, :total, '{}', :started, :updated, :number, :assignment)
    RETURNING id)sql";

// JSON columns are read as text on both engines (PostgreSQL's JSON type keeps the stored text).
#define ANZAN_PAPERS_ATTEMPT_COLUMNS(config, blocks)                                                       \
    "SELECT id, user_id, paper_title, paper_level, " config ", " blocks ", seed, total_questions,"          \
    " correct_answers, wrong_answers, accuracy, score, time_taken, points_earned, CAST(answers AS TEXT),"   \
    " CAST(started_at AS TEXT), CAST(completed_at AS TEXT), CAST(updated_at AS TEXT), attempt_number,"      \
    " assignment_id FROM paper_attempts"

constexpr const char* kSelectAttempt =
    ANZAN_PAPERS_ATTEMPT_COLUMNS("CAST(paper_config AS TEXT)", "CAST(generated_blocks AS TEXT)") " WHERE id = :id";
// The history list needs neither the config nor the questions (a paper's questions are most of its row).
constexpr const char* kListAttempts =
    ANZAN_PAPERS_ATTEMPT_COLUMNS("CAST('' AS TEXT)", "CAST('' AS TEXT)")
    " WHERE user_id = :u ORDER BY started_at DESC, id DESC LIMIT :limit";
#undef ANZAN_PAPERS_ATTEMPT_COLUMNS

constexpr const char* kSaveAnswers = R"sql(
    UPDATE paper_attempts SET answers = :answers, updated_at = :now WHERE id = :id AND completed_at IS NULL)sql";

// `completed_at IS NULL` makes a submit happen once: a second, concurrent one finds the row closed
// (PostgreSQL re-checks the condition after the first commits) and changes nothing.
constexpr const char* kFinishAttempt = R"sql(
    UPDATE paper_attempts
       SET answers = :answers, correct_answers = :correct, wrong_answers = :wrong, accuracy = :accuracy,
           score = :score, time_taken = :time_taken, points_earned = 0, completed_at = :completed,
           updated_at = :updated
     WHERE id = :id AND completed_at IS NULL)sql";

constexpr const char* kSetPoints = "UPDATE paper_attempts SET points_earned = :p WHERE id = :id";

// Abandoned (legacy marking): closed, zeros, time_taken NULL; the draft answers stay.
#define ANZAN_PAPERS_ABANDON                                                                          \
    "UPDATE paper_attempts SET completed_at = :now, correct_answers = 0, wrong_answers = 0, accuracy = 0," \
    " score = 0, points_earned = 0, time_taken = NULL"
constexpr const char* kAbandonOne =
    ANZAN_PAPERS_ABANDON " WHERE id = :id AND completed_at IS NULL AND updated_at < :cutoff";
constexpr const char* kAbandonOfUser =
    ANZAN_PAPERS_ABANDON " WHERE user_id = :u AND completed_at IS NULL AND updated_at < :cutoff";
#undef ANZAN_PAPERS_ABANDON

// Submitted attempts only: abandoned ones (time_taken NULL) were never answered.
constexpr const char* kPaperSums = R"sql(
    SELECT COUNT(*), COALESCE(SUM(total_questions), 0), COALESCE(SUM(correct_answers), 0),
           COALESCE(SUM(wrong_answers), 0)
      FROM paper_attempts WHERE user_id = :u AND completed_at IS NOT NULL AND time_taken IS NOT NULL)sql";

struct AttemptColumns {
    PaperAttempt attempt;
    long long seed = 0, number = 0, assignment = 0;
    double time_taken = 0;
    soci::indicator time_ind = soci::i_null, answers_ind = soci::i_null, completed_ind = soci::i_null;
    soci::indicator number_ind = soci::i_null, assignment_ind = soci::i_null;

    void bind(soci::statement& st) {
        st.exchange(soci::into(attempt.id));
        st.exchange(soci::into(attempt.user_id));
        st.exchange(soci::into(attempt.paper_title));
        st.exchange(soci::into(attempt.paper_level));
        st.exchange(soci::into(attempt.paper_config));
        st.exchange(soci::into(attempt.generated_blocks));
        st.exchange(soci::into(seed));
        st.exchange(soci::into(attempt.total_questions));
        st.exchange(soci::into(attempt.correct_answers));
        st.exchange(soci::into(attempt.wrong_answers));
        st.exchange(soci::into(attempt.accuracy));
        st.exchange(soci::into(attempt.score));
        st.exchange(soci::into(time_taken, time_ind));
        st.exchange(soci::into(attempt.points_earned));
        st.exchange(soci::into(attempt.answers_json, answers_ind));
        st.exchange(soci::into(attempt.started_at));
        st.exchange(soci::into(attempt.completed_at, completed_ind));
        st.exchange(soci::into(attempt.updated_at));
        st.exchange(soci::into(number, number_ind));
        st.exchange(soci::into(assignment, assignment_ind));
    }
    PaperAttempt take() const {
        PaperAttempt out = attempt;
        out.seed = static_cast<std::int64_t>(seed);
        out.time_taken = time_ind == soci::i_ok ? std::optional<double>(time_taken) : std::nullopt;
        if (answers_ind != soci::i_ok || out.answers_json.empty()) out.answers_json = "{}";
        if (completed_ind != soci::i_ok) out.completed_at.clear();
        out.attempt_number = number_ind == soci::i_ok ? std::optional<int>(static_cast<int>(number)) : std::nullopt;
        out.assignment_id = assignment_ind == soci::i_ok ? std::optional<long long>(assignment) : std::nullopt;
        return out;
    }
};

}  // namespace

Result<long long> count_attempts(soci::session& sql, long long user_id, const std::string& paper_title,
                                 std::int64_t seed) {
    try {
        long long count = 0;
        const long long seed_value = seed;
        sql << kCountAttempts, soci::use(user_id), soci::use(paper_title), soci::use(seed_value), soci::into(count);
        return count;
    } catch (const std::exception& e) {
        return db::database_error(e, "counting paper attempts");
    }
}

Result<long long> insert_attempt(soci::session& sql, const NewAttemptRow& row) {
    try {
        long long id = 0;
        const long long seed = row.seed, assignment = row.assignment_id.value_or(0);
        const int total = row.total_questions, number = row.attempt_number;
        soci::indicator assignment_ind = row.assignment_id ? soci::i_ok : soci::i_null;
        sql << kInsertAttempt, soci::use(row.user_id), soci::use(row.paper_title), soci::use(row.paper_level),
            soci::use(row.paper_config), soci::use(row.generated_blocks), soci::use(seed), soci::use(total),
            soci::use(row.started_at), soci::use(row.started_at), soci::use(number),
            soci::use(assignment, assignment_ind), soci::into(id);
        return id;
    } catch (const std::exception& e) {
        if (db::is_unique_violation(e))
            return Error::conflict("Another attempt at this paper was started at the same moment; "
                                   "reload to continue that one");
        return db::database_error(e, "starting a paper attempt");
    }
}

Result<std::optional<PaperAttempt>> find_attempt(soci::session& sql, long long attempt_id) {
    try {
        AttemptColumns columns;
        soci::statement st = (sql.prepare << kSelectAttempt, soci::use(attempt_id));
        columns.bind(st);
        st.define_and_bind();
        if (!st.execute(true)) return std::optional<PaperAttempt>();
        return std::optional<PaperAttempt>(columns.take());
    } catch (const std::exception& e) {
        return db::database_error(e, "reading a paper attempt");
    }
}

Result<bool> save_answers(soci::session& sql, long long attempt_id, const std::string& answers_json,
                          const std::string& now) {
    try {
        soci::statement st = (sql.prepare << kSaveAnswers, soci::use(answers_json), soci::use(now),
                              soci::use(attempt_id));
        st.execute(true);
        return st.get_affected_rows() > 0;
    } catch (const std::exception& e) {
        return db::database_error(e, "saving the answers");
    }
}

Result<bool> finish_attempt(soci::session& sql, long long attempt_id, const AttemptTotals& totals) {
    try {
        const int correct = totals.correct_answers, wrong = totals.wrong_answers, score = totals.score;
        const double accuracy = totals.accuracy, time_taken = totals.time_taken;
        soci::statement st =
            (sql.prepare << kFinishAttempt, soci::use(totals.answers_json), soci::use(correct), soci::use(wrong),
             soci::use(accuracy), soci::use(score), soci::use(time_taken), soci::use(totals.completed_at),
             soci::use(totals.completed_at), soci::use(attempt_id));
        st.execute(true);
        return st.get_affected_rows() > 0;
    } catch (const std::exception& e) {
        return db::database_error(e, "submitting a paper attempt");
    }
}

Result<void> set_attempt_points(soci::session& sql, long long attempt_id, long long points) {
    try {
        sql << kSetPoints, soci::use(points), soci::use(attempt_id);
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "recording an attempt's points");
    }
}

Result<long long> abandon_idle_attempt(soci::session& sql, long long attempt_id, const std::string& now,
                                       const std::string& cutoff) {
    try {
        soci::statement st =
            (sql.prepare << kAbandonOne, soci::use(now), soci::use(attempt_id), soci::use(cutoff));
        st.execute(true);
        return st.get_affected_rows();
    } catch (const std::exception& e) {
        return db::database_error(e, "closing an abandoned paper attempt");
    }
}

Result<long long> abandon_idle_attempts(soci::session& sql, long long user_id, const std::string& now,
                                        const std::string& cutoff) {
    try {
        soci::statement st = (sql.prepare << kAbandonOfUser, soci::use(now), soci::use(user_id), soci::use(cutoff));
        st.execute(true);
        return st.get_affected_rows();
    } catch (const std::exception& e) {
        return db::database_error(e, "closing abandoned paper attempts");
    }
}

namespace {

// The dashboard's two reads, prepared once per connection.
struct RecentAttemptsByUser {
    explicit RecentAttemptsByUser(soci::session& sql) : statement(sql) {
        columns.bind(statement);
        statement.exchange(soci::use(user_id));
        statement.exchange(soci::use(limit));
        statement.alloc();
        statement.prepare(kListAttempts);
        statement.define_and_bind();
    }
    long long user_id = 0, limit = 10;
    AttemptColumns columns;
    soci::statement statement;
};

struct PaperSumsByUser {
    explicit PaperSumsByUser(soci::session& sql) : statement(sql) {
        statement.exchange(soci::into(sums.attempts));
        statement.exchange(soci::into(sums.questions));
        statement.exchange(soci::into(sums.correct));
        statement.exchange(soci::into(sums.wrong));
        statement.exchange(soci::use(user_id));
        statement.alloc();
        statement.prepare(kPaperSums);
        statement.define_and_bind();
    }
    long long user_id = 0;
    PaperSums sums;
    soci::statement statement;
};

}  // namespace

Result<std::vector<PaperAttempt>> recent_attempts(db::Session& session, long long user_id, int limit) {
    std::vector<PaperAttempt> attempts;
    TRY(db::run_prepared<RecentAttemptsByUser>(
        session,
        [&](RecentAttemptsByUser& l) {
            l.user_id = user_id;
            l.limit = limit;
        },
        [&](RecentAttemptsByUser& l) { attempts.push_back(l.columns.take()); }, "listing paper attempts"));
    return attempts;
}

Result<PaperSums> paper_sums(db::Session& session, long long user_id) {
    PaperSums sums;
    TRY(db::run_prepared<PaperSumsByUser>(
        session, [&](PaperSumsByUser& l) { l.user_id = user_id; }, [&](PaperSumsByUser& l) { sums = l.sums; },
        "summing paper attempts"));
    return sums;
}

}  // namespace anzan::papers::store
