// Progress rows of an account, the points ledger and practice sessions.
#include "progress/store.hpp"

#include "platform/db/database.hpp"

namespace anzan::progress::store {
namespace {

constexpr const char* kOpenLeaderboard =
    "INSERT INTO leaderboard (user_id, total_points, weekly_points, last_updated) VALUES (:id, 0, 0, :now)";
// ON CONFLICT DO NOTHING + RETURNING: a row comes back only when this key was never credited.
constexpr const char* kInsertLedger = R"sql(
    INSERT INTO points_logs (user_id, points, source_type, source_id, description, extra_data, created_at,
                             idempotency_key)
    VALUES (:user_id, :points, :source_type, :source_id, :description, :extra, :created_at, :key)
    ON CONFLICT (idempotency_key) DO NOTHING RETURNING id)sql";
constexpr const char* kAddToBalance = "UPDATE users SET total_points = total_points + :p WHERE id = :id";
constexpr const char* kAddToLeaderboard =
    "UPDATE leaderboard SET total_points = total_points + :p, last_updated = :at WHERE user_id = :id";
constexpr const char* kInsertSession = R"sql(
    INSERT INTO practice_sessions (user_id, operation_type, difficulty_mode, total_questions, correct_answers,
                                   wrong_answers, accuracy, score, time_taken, points_earned, started_at, completed_at)
    VALUES (:u, :op, :mode, :t, :c, :w, :acc, :score, :time, :pts, :s, :e) RETURNING id)sql";
constexpr const char* kAddPracticeTotals = R"sql(
    UPDATE users SET total_questions_attempted = COALESCE(total_questions_attempted, 0) + :q,
                     last_practice_date = :at WHERE id = :id)sql";

}  // namespace

Result<void> open_account(soci::session& sql, long long user_id, const std::string& now) {
    try {
        sql << kOpenLeaderboard, soci::use(user_id), soci::use(now);
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "opening the account's progress");
    }
}

Result<bool> credit(soci::session& sql, const Credit& credit) {
    try {
        long long ledger_id = 0;
        const long long source_id = credit.source_id.value_or(0);
        soci::indicator source_ind = credit.source_id ? soci::i_ok : soci::i_null;
        sql << kInsertLedger, soci::use(credit.user_id), soci::use(credit.points), soci::use(credit.source_type),
            soci::use(source_id, source_ind), soci::use(credit.description), soci::use(credit.extra_json),
            soci::use(credit.created_at), soci::use(credit.idempotency_key), soci::into(ledger_id);
        if (!sql.got_data()) return false;
        sql << kAddToBalance, soci::use(credit.points), soci::use(credit.user_id);
        sql << kAddToLeaderboard, soci::use(credit.points), soci::use(credit.created_at), soci::use(credit.user_id);
        return true;
    } catch (const std::exception& e) {
        return db::database_error(e, "crediting points");
    }
}

Result<long long> record_practice_session(soci::session& sql, const PracticeSession& s,
                                          const std::vector<PracticeAttempt>& attempts) {
    try {
        long long session_id = 0;
        sql << kInsertSession, soci::use(s.user_id), soci::use(s.operation_type), soci::use(s.difficulty_mode),
            soci::use(s.total_questions), soci::use(s.correct_answers), soci::use(s.wrong_answers),
            soci::use(s.accuracy), soci::use(s.score), soci::use(s.time_taken), soci::use(s.points_earned),
            soci::use(s.started_at), soci::use(s.completed_at), soci::into(session_id);
        TRY(add_attempts(sql, session_id, attempts));
        return session_id;
    } catch (const std::exception& e) {
        return db::database_error(e, "recording a practice session");
    }
}

Result<void> add_practice_totals(soci::session& sql, long long user_id, long long questions, const std::string& at) {
    try {
        sql << kAddPracticeTotals, soci::use(questions), soci::use(at), soci::use(user_id);
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "adding practice totals");
    }
}

}  // namespace anzan::progress::store
