// Mental-maths sessions graded by the server: open (questions stored), finish, attempts, reads.
#include "progress/store.hpp"

#include "platform/db/database.hpp"
#include "platform/db/run_prepared.hpp"

namespace anzan::progress::store {
namespace {

constexpr const char* kOpenSession = R"sql(
    INSERT INTO practice_sessions (user_id, operation_type, difficulty_mode, total_questions, started_at, seed, config,
                                   questions, status)
    VALUES (:u, :op, :mode, :t, :s, :seed, :config, :questions, 'open') RETURNING id)sql";

constexpr const char* kSessionColumns = R"sql(
    SELECT id, user_id, status, operation_type, difficulty_mode, total_questions, correct_answers, wrong_answers,
           score, accuracy, time_taken, points_earned, CAST(started_at AS TEXT), CAST(completed_at AS TEXT), seed)sql";

// Only an open session is finished: a second submit (or a racing one) changes nothing.
constexpr const char* kFinishSession = R"sql(
    UPDATE practice_sessions SET status = :status, correct_answers = :c, wrong_answers = :w, score = :score,
           accuracy = :acc, time_taken = :time, points_earned = :pts, completed_at = :at
     WHERE id = :id AND status = 'open')sql";

constexpr const char* kInsertAttempt = R"sql(
    INSERT INTO attempts (session_id, question_data, user_answer, correct_answer, is_correct, time_taken,
                          question_number, created_at)
    VALUES (:s, :d, :ua, :ca, :ok, :t, :n, :at))sql";

constexpr const char* kSelectAttempts = R"sql(
    SELECT id, CAST(question_data AS TEXT), user_answer, correct_answer, CAST(is_correct AS INTEGER), time_taken,
           question_number, CAST(created_at AS TEXT)
      FROM attempts WHERE session_id = :s ORDER BY question_number, id)sql";


// How many sessions a user started since an instant, and how many are open (the start limits).
constexpr const char* kSessionCounts = R"sql(
    SELECT COUNT(*), COALESCE(SUM(CASE WHEN status = 'open' THEN 1 ELSE 0 END), 0)
      FROM practice_sessions WHERE user_id = :u AND started_at >= :since)sql";
constexpr const char* kSetSessionPoints = "UPDATE practice_sessions SET points_earned = :p WHERE id = :id";
// accuracy_king, perfect_score and speed_star are the retired legacy badges the legacy API hid.
constexpr const char* kBadgeNames = R"sql(
    SELECT badge_name FROM rewards
     WHERE user_id = :u AND badge_type NOT IN ('accuracy_king', 'perfect_score', 'speed_star')
     ORDER BY earned_at, id)sql";

struct SessionColumns {
    StoredPracticeSession s;
    long long seed = 0;
    soci::indicator completed_ind = soci::i_null, seed_ind = soci::i_null;

    void bind(soci::statement& st) {
        st.exchange(soci::into(s.id));
        st.exchange(soci::into(s.user_id));
        st.exchange(soci::into(s.status));
        st.exchange(soci::into(s.operation_type));
        st.exchange(soci::into(s.difficulty_mode));
        st.exchange(soci::into(s.total_questions));
        st.exchange(soci::into(s.correct_answers));
        st.exchange(soci::into(s.wrong_answers));
        st.exchange(soci::into(s.score));
        st.exchange(soci::into(s.accuracy));
        st.exchange(soci::into(s.time_taken));
        st.exchange(soci::into(s.points_earned));
        st.exchange(soci::into(s.started_at));
        st.exchange(soci::into(s.completed_at, completed_ind));
        st.exchange(soci::into(seed, seed_ind));
    }
    StoredPracticeSession take() const {
        StoredPracticeSession out = s;
        if (completed_ind != soci::i_ok) out.completed_at.clear();
        out.seed = seed_ind == soci::i_ok ? std::optional<long long>(seed) : std::nullopt;
        return out;
    }
};

// The statements of every submit, prepared once per connection.
struct SessionById {
    explicit SessionById(soci::session& sql) : statement(sql) {
        columns.bind(statement);
        statement.exchange(soci::into(config, config_ind));
        statement.exchange(soci::into(questions, questions_ind));
        statement.exchange(soci::use(id));
        statement.alloc();
        statement.prepare(std::string(kSessionColumns) +
                          ", CAST(config AS TEXT), CAST(questions AS TEXT) FROM practice_sessions WHERE id = :id");
        statement.define_and_bind();
    }
    long long id = 0;
    SessionColumns columns;
    std::string config, questions;
    soci::indicator config_ind = soci::i_null, questions_ind = soci::i_null;
    soci::statement statement;
};

struct SessionFinish {
    explicit SessionFinish(soci::session& sql) : statement(sql) {
        statement.exchange(soci::use(status));
        statement.exchange(soci::use(t.correct_answers));
        statement.exchange(soci::use(t.wrong_answers));
        statement.exchange(soci::use(t.score));
        statement.exchange(soci::use(t.accuracy));
        statement.exchange(soci::use(t.time_taken));
        statement.exchange(soci::use(t.points_earned));
        statement.exchange(soci::use(t.completed_at));
        statement.exchange(soci::use(id));
        statement.alloc();
        statement.prepare(kFinishSession);
        statement.define_and_bind();
    }
    std::string status;
    PracticeTotals t;
    long long id = 0;
    soci::statement statement;
};

struct AttemptInsert {
    explicit AttemptInsert(soci::session& sql) : statement(sql) {
        statement.exchange(soci::use(session_id));
        statement.exchange(soci::use(a.question_data));
        statement.exchange(soci::use(answer, answer_ind));
        statement.exchange(soci::use(a.correct_answer));
        statement.exchange(soci::use(is_correct));
        statement.exchange(soci::use(a.time_taken));
        statement.exchange(soci::use(a.question_number));
        statement.exchange(soci::use(a.created_at));
        statement.alloc();
        statement.prepare(kInsertAttempt);
        statement.define_and_bind();
    }
    long long session_id = 0;
    PracticeAttempt a;
    double answer = 0;
    soci::indicator answer_ind = soci::i_null;
    int is_correct = 0;
    soci::statement statement;
};

// The dashboard's reads (GET /users/stats), prepared once per connection like the accounts
// lookups: parsing them cost more than running them.
constexpr const char* kStudentProgress = R"sql(
    SELECT u.total_points, u.current_streak, u.longest_streak, m.sessions, m.questions, m.correct, m.wrong
      FROM users u,
           (SELECT COUNT(*) AS sessions, COALESCE(SUM(total_questions), 0) AS questions,
                   COALESCE(SUM(correct_answers), 0) AS correct, COALESCE(SUM(wrong_answers), 0) AS wrong
              FROM practice_sessions WHERE user_id = :u AND status = 'completed') m
     WHERE u.id = :u2)sql";

struct ProgressByUser {
    explicit ProgressByUser(soci::session& sql) : statement(sql) {
        statement.exchange(soci::into(progress.total_points));
        statement.exchange(soci::into(progress.current_streak));
        statement.exchange(soci::into(progress.longest_streak));
        statement.exchange(soci::into(sums.sessions));
        statement.exchange(soci::into(sums.questions));
        statement.exchange(soci::into(sums.correct));
        statement.exchange(soci::into(sums.wrong));
        statement.exchange(soci::use(id, "u"));
        statement.exchange(soci::use(id, "u2"));
        statement.alloc();
        statement.prepare(kStudentProgress);
        statement.define_and_bind();
    }
    long long id = 0;
    AccountProgress progress;
    PracticeSums sums;
    soci::statement statement;
};

struct RecentSessionsByUser {
    explicit RecentSessionsByUser(soci::session& sql) : statement(sql) {
        columns.bind(statement);
        statement.exchange(soci::use(id));
        statement.exchange(soci::use(limit));
        statement.alloc();
        statement.prepare(std::string(kSessionColumns) +
                          " FROM practice_sessions WHERE user_id = :u AND status = 'completed'"
                          " ORDER BY started_at DESC, id DESC LIMIT :limit");
        statement.define_and_bind();
    }
    long long id = 0;
    int limit = 10;
    SessionColumns columns;
    soci::statement statement;
};

struct BadgesByUser {
    explicit BadgesByUser(soci::session& sql) : statement(sql) {
        statement.exchange(soci::into(name));
        statement.exchange(soci::use(id));
        statement.alloc();
        statement.prepare(kBadgeNames);
        statement.define_and_bind();
    }
    long long id = 0;
    std::string name;
    soci::statement statement;
};

}  // namespace

Result<StudentProgress> student_progress(db::Session& session, long long user_id) {
    std::optional<StudentProgress> out;
    TRY(db::run_prepared<ProgressByUser>(
        session, [&](ProgressByUser& l) { l.id = user_id; },
        [&](ProgressByUser& l) { out = StudentProgress{l.progress, l.sums}; }, "reading the user's progress"));
    if (!out) return Error::not_found("User not found");
    return *out;
}

Result<std::vector<StoredPracticeSession>> recent_practice_sessions(db::Session& session, long long user_id,
                                                                    int limit) {
    std::vector<StoredPracticeSession> out;
    TRY(db::run_prepared<RecentSessionsByUser>(
        session,
        [&](RecentSessionsByUser& l) {
            l.id = user_id;
            l.limit = limit;
        },
        [&](RecentSessionsByUser& l) { out.push_back(l.columns.take()); }, "reading recent practice sessions"));
    return out;
}

Result<std::vector<std::string>> badge_names(db::Session& session, long long user_id) {
    std::vector<std::string> out;
    TRY(db::run_prepared<BadgesByUser>(
        session, [&](BadgesByUser& l) { l.id = user_id; }, [&](BadgesByUser& l) { out.push_back(l.name); },
        "reading badges"));
    return out;
}

Result<long long> open_practice_session(soci::session& sql, const OpenPracticeSession& s) {
    try {
        long long id = 0;
        sql << kOpenSession, soci::use(s.user_id), soci::use(s.operation_type), soci::use(s.difficulty_mode),
            soci::use(s.total_questions), soci::use(s.started_at), soci::use(s.seed), soci::use(s.config_json),
            soci::use(s.questions_json), soci::into(id);
        return id;
    } catch (const std::exception& e) {
        return db::database_error(e, "opening a practice session");
    }
}

Result<std::optional<StoredPracticeSession>> find_practice_session(db::Session& session, long long session_id) {
    std::optional<StoredPracticeSession> out;
    TRY(db::run_prepared<SessionById>(
        session, [&](SessionById& l) { l.id = session_id; },
        [&](SessionById& l) {
            out = l.columns.take();
            if (l.config_ind == soci::i_ok) out->config_json = l.config;
            if (l.questions_ind == soci::i_ok) out->questions_json = l.questions;
        },
        "reading a practice session"));
    return out;
}

Result<bool> finish_practice_session(db::Session& session, long long session_id, const PracticeTotals& totals,
                                     const std::string& status) {
    long long changed = 0;
    TRY(db::run_prepared<SessionFinish>(
        session,
        [&](SessionFinish& l) {
            l.status = status;
            l.t = totals;
            l.id = session_id;
        },
        [](SessionFinish&) {}, "finishing a practice session"));
    try {
        changed = session.prepared().get<SessionFinish>(session.sql()).statement.get_affected_rows();
    } catch (const std::exception& e) {
        return db::database_error(e, "finishing a practice session");
    }
    return changed > 0;
}

// One prepared insert run once per question (a session has at most 50).
Result<void> add_attempts(db::Session& session, long long session_id, const std::vector<PracticeAttempt>& attempts) {
    for (const auto& attempt : attempts) {
        TRY(db::run_prepared<AttemptInsert>(
            session,
            [&](AttemptInsert& l) {
                l.session_id = session_id;
                l.a = attempt;
                l.answer = attempt.user_answer.value_or(0);
                l.answer_ind = attempt.user_answer ? soci::i_ok : soci::i_null;
                l.is_correct = attempt.is_correct ? 1 : 0;
            },
            [](AttemptInsert&) {}, "storing practice answers"));
    }
    return {};
}

Result<std::vector<PracticeAttempt>> list_attempts(soci::session& sql, long long session_id) {
    try {
        std::vector<PracticeAttempt> out;
        PracticeAttempt a;
        double answer = 0;
        int is_correct = 0;
        soci::indicator answer_ind = soci::i_null;
        soci::statement st = (sql.prepare << kSelectAttempts, soci::use(session_id), soci::into(a.id),
                              soci::into(a.question_data), soci::into(answer, answer_ind), soci::into(a.correct_answer),
                              soci::into(is_correct), soci::into(a.time_taken), soci::into(a.question_number),
                              soci::into(a.created_at));
        if (st.execute(true)) {
            do {
                a.user_answer = answer_ind == soci::i_ok ? std::optional<double>(answer) : std::nullopt;
                a.is_correct = is_correct != 0;
                out.push_back(a);
            } while (st.fetch());
        }
        return out;
    } catch (const std::exception& e) {
        return db::database_error(e, "reading practice answers");
    }
}

Result<SessionCounts> session_counts(soci::session& sql, long long user_id, const std::string& since) {
    try {
        SessionCounts counts;
        sql << kSessionCounts, soci::use(user_id), soci::use(since), soci::into(counts.started),
            soci::into(counts.open);
        return counts;
    } catch (const std::exception& e) {
        return db::database_error(e, "counting practice sessions");
    }
}

Result<void> set_session_points(soci::session& sql, long long session_id, long long points) {
    try {
        sql << kSetSessionPoints, soci::use(points), soci::use(session_id);
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "storing a session's points");
    }
}

}  // namespace anzan::progress::store
