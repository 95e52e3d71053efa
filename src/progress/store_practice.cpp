// Mental-maths sessions graded by the server: open (questions stored), finish, attempts, reads.
#include "progress/store.hpp"

#include "platform/db/database.hpp"

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

constexpr const char* kPracticeSums = R"sql(
    SELECT COUNT(*), COALESCE(SUM(total_questions), 0), COALESCE(SUM(correct_answers), 0),
           COALESCE(SUM(wrong_answers), 0)
      FROM practice_sessions WHERE user_id = :u AND status = 'completed')sql";

constexpr const char* kSetSessionPoints = "UPDATE practice_sessions SET points_earned = :p WHERE id = :id";
constexpr const char* kAccountProgress =
    "SELECT total_points, current_streak, longest_streak FROM users WHERE id = :id";
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

}  // namespace

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

Result<std::optional<StoredPracticeSession>> find_practice_session(soci::session& sql, long long session_id) {
    try {
        SessionColumns columns;
        std::string config, questions;
        soci::indicator config_ind = soci::i_null, questions_ind = soci::i_null;
        soci::statement st = (sql.prepare << std::string(kSessionColumns) +
                                                 ", CAST(config AS TEXT), CAST(questions AS TEXT) "
                                                 "FROM practice_sessions WHERE id = :id",
                              soci::use(session_id));
        columns.bind(st);
        st.exchange(soci::into(config, config_ind));
        st.exchange(soci::into(questions, questions_ind));
        st.define_and_bind();
        if (!st.execute(true)) return std::optional<StoredPracticeSession>();
        auto session = columns.take();
        if (config_ind == soci::i_ok) session.config_json = config;
        if (questions_ind == soci::i_ok) session.questions_json = questions;
        return std::optional<StoredPracticeSession>(std::move(session));
    } catch (const std::exception& e) {
        return db::database_error(e, "reading a practice session");
    }
}

Result<bool> finish_practice_session(soci::session& sql, long long session_id, const PracticeTotals& t,
                                     const std::string& status) {
    try {
        soci::statement st = (sql.prepare << kFinishSession, soci::use(status), soci::use(t.correct_answers),
                              soci::use(t.wrong_answers), soci::use(t.score), soci::use(t.accuracy),
                              soci::use(t.time_taken), soci::use(t.points_earned), soci::use(t.completed_at),
                              soci::use(session_id));
        st.execute(true);
        return st.get_affected_rows() > 0;
    } catch (const std::exception& e) {
        return db::database_error(e, "finishing a practice session");
    }
}

Result<void> add_attempts(soci::session& sql, long long session_id, const std::vector<PracticeAttempt>& attempts) {
    if (attempts.empty()) return {};
    try {
        // One prepared statement run over column vectors (a session has up to 50 rows).
        const std::size_t n = attempts.size();
        std::vector<long long> session_ids(n, session_id);
        std::vector<std::string> data(n), created(n);
        std::vector<double> answers(n), correct(n), times(n);
        std::vector<soci::indicator> answer_inds(n);
        std::vector<int> is_correct(n), numbers(n);
        for (std::size_t i = 0; i < n; ++i) {
            const auto& a = attempts[i];
            data[i] = a.question_data;
            answers[i] = a.user_answer.value_or(0);
            answer_inds[i] = a.user_answer ? soci::i_ok : soci::i_null;
            correct[i] = a.correct_answer;
            is_correct[i] = a.is_correct ? 1 : 0;
            times[i] = a.time_taken;
            numbers[i] = a.question_number;
            created[i] = a.created_at;
        }
        sql << kInsertAttempt, soci::use(session_ids), soci::use(data), soci::use(answers, answer_inds),
            soci::use(correct), soci::use(is_correct), soci::use(times), soci::use(numbers), soci::use(created);
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "storing practice answers");
    }
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

Result<std::vector<StoredPracticeSession>> recent_practice_sessions(soci::session& sql, long long user_id, int limit) {
    try {
        std::vector<StoredPracticeSession> out;
        SessionColumns columns;
        soci::statement st = (sql.prepare << std::string(kSessionColumns) +
                                                 " FROM practice_sessions WHERE user_id = :u AND status = 'completed'"
                                                 " ORDER BY started_at DESC, id DESC LIMIT :limit",
                              soci::use(user_id), soci::use(limit));
        columns.bind(st);
        st.define_and_bind();
        if (st.execute(true)) {
            do out.push_back(columns.take());
            while (st.fetch());
        }
        return out;
    } catch (const std::exception& e) {
        return db::database_error(e, "reading recent practice sessions");
    }
}

Result<PracticeSums> practice_sums(soci::session& sql, long long user_id) {
    try {
        PracticeSums sums;
        sql << kPracticeSums, soci::use(user_id), soci::into(sums.sessions), soci::into(sums.questions),
            soci::into(sums.correct), soci::into(sums.wrong);
        return sums;
    } catch (const std::exception& e) {
        return db::database_error(e, "summing practice sessions");
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

Result<AccountProgress> account_progress(soci::session& sql, long long user_id) {
    try {
        AccountProgress p;
        sql << kAccountProgress, soci::use(user_id), soci::into(p.total_points), soci::into(p.current_streak),
            soci::into(p.longest_streak);
        if (!sql.got_data()) return Error::not_found("User not found");
        return p;
    } catch (const std::exception& e) {
        return db::database_error(e, "reading the user's progress");
    }
}

Result<std::vector<std::string>> badge_names(soci::session& sql, long long user_id) {
    try {
        std::vector<std::string> names;
        std::string name;
        soci::statement st = (sql.prepare << kBadgeNames, soci::use(user_id), soci::into(name));
        if (st.execute(true)) {
            do names.push_back(name);
            while (st.fetch());
        }
        return names;
    } catch (const std::exception& e) {
        return db::database_error(e, "reading badges");
    }
}

}  // namespace anzan::progress::store
