// Progress rows of an account, the points ledger and practice sessions.
#include "progress/store.hpp"

#include "platform/db/database.hpp"
#include "platform/db/run_prepared.hpp"

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

// The statements of every credit, prepared once per connection (points change on every submit).
struct LedgerInsert {
    explicit LedgerInsert(soci::session& sql) : statement(sql) {
        statement.exchange(soci::into(ledger_id));
        statement.exchange(soci::use(c.user_id));
        statement.exchange(soci::use(c.points));
        statement.exchange(soci::use(c.source_type));
        statement.exchange(soci::use(source_id, source_ind));
        statement.exchange(soci::use(c.description));
        statement.exchange(soci::use(c.extra_json));
        statement.exchange(soci::use(c.created_at));
        statement.exchange(soci::use(c.idempotency_key));
        statement.alloc();
        statement.prepare(kInsertLedger);
        statement.define_and_bind();
    }
    Credit c;
    long long source_id = 0, ledger_id = 0;
    soci::indicator source_ind = soci::i_null;
    soci::statement statement;
};

struct BalanceUpdate {
    explicit BalanceUpdate(soci::session& sql) : statement(sql) {
        statement.exchange(soci::use(points));
        statement.exchange(soci::use(user_id));
        statement.alloc();
        statement.prepare(kAddToBalance);
        statement.define_and_bind();
    }
    long long points = 0, user_id = 0;
    soci::statement statement;
};

struct LeaderboardUpdate {
    explicit LeaderboardUpdate(soci::session& sql) : statement(sql) {
        statement.exchange(soci::use(points));
        statement.exchange(soci::use(at));
        statement.exchange(soci::use(user_id));
        statement.alloc();
        statement.prepare(kAddToLeaderboard);
        statement.define_and_bind();
    }
    long long points = 0, user_id = 0;
    std::string at;
    soci::statement statement;
};

struct PracticeTotalsUpdate {
    explicit PracticeTotalsUpdate(soci::session& sql) : statement(sql) {
        statement.exchange(soci::use(questions));
        statement.exchange(soci::use(at));
        statement.exchange(soci::use(user_id));
        statement.alloc();
        statement.prepare(kAddPracticeTotals);
        statement.define_and_bind();
    }
    long long questions = 0, user_id = 0;
    std::string at;
    soci::statement statement;
};

}  // namespace

Result<void> open_account(soci::session& sql, long long user_id, const std::string& now) {
    try {
        sql << kOpenLeaderboard, soci::use(user_id), soci::use(now);
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "opening the account's progress");
    }
}

Result<bool> credit(db::Session& session, const Credit& credit) {
    bool inserted = false;
    TRY(db::run_prepared<LedgerInsert>(
        session,
        [&](LedgerInsert& l) {
            l.c = credit;
            l.source_id = credit.source_id.value_or(0);
            l.source_ind = credit.source_id ? soci::i_ok : soci::i_null;
        },
        [&](LedgerInsert&) { inserted = true; }, "crediting points"));
    if (!inserted) return false;
    TRY(db::run_prepared<BalanceUpdate>(
        session,
        [&](BalanceUpdate& l) {
            l.points = credit.points;
            l.user_id = credit.user_id;
        },
        [](BalanceUpdate&) {}, "crediting points"));
    TRY(db::run_prepared<LeaderboardUpdate>(
        session,
        [&](LeaderboardUpdate& l) {
            l.points = credit.points;
            l.at = credit.created_at;
            l.user_id = credit.user_id;
        },
        [](LeaderboardUpdate&) {}, "crediting points"));
    return true;
}

Result<long long> record_practice_session(db::Session& session, const PracticeSession& s,
                                          const std::vector<PracticeAttempt>& attempts) {
    long long session_id = 0;
    try {
        session.sql() << kInsertSession, soci::use(s.user_id), soci::use(s.operation_type), soci::use(s.difficulty_mode),
            soci::use(s.total_questions), soci::use(s.correct_answers), soci::use(s.wrong_answers),
            soci::use(s.accuracy), soci::use(s.score), soci::use(s.time_taken), soci::use(s.points_earned),
            soci::use(s.started_at), soci::use(s.completed_at), soci::into(session_id);
    } catch (const std::exception& e) {
        return db::database_error(e, "recording a practice session");
    }
    TRY(add_attempts(session, session_id, attempts));
    return session_id;
}

Result<void> add_practice_totals(db::Session& session, long long user_id, long long questions, const std::string& at) {
    return db::run_prepared<PracticeTotalsUpdate>(
        session,
        [&](PracticeTotalsUpdate& l) {
            l.questions = questions;
            l.at = at;
            l.user_id = user_id;
        },
        [](PracticeTotalsUpdate&) {}, "adding practice totals");
}

}  // namespace anzan::progress::store
