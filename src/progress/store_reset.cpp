// The season reset's share of progress: one entry per table it changes, with the statements that
// change it, count it, and find its orphans. Everything that reports on a reset (dry run, JSON,
// console, audit, backup check, `anzan check`) iterates these entries, so a new progress table is
// one entry here.
#include "progress/store.hpp"

#include "academy/store.hpp"
#include "platform/db/database.hpp"
#include "platform/db/row_checks.hpp"

namespace anzan::progress::store {
namespace {

#define ANZAN_IN_SCOPE " IN (" ANZAN_ACADEMY_STUDENTS_IN_SCOPE ")"

struct ProgressTable {
    const char* table;
    const char* key;
    const char* label;
    const char* step;          // for progress displays: "deleting attempts"
    const char* reset_all;     // unscoped statement; binds :now first when `binds_now`
    const char* reset_scoped;  // the same for the students in scope
    bool binds_now;
    const char* count_all;
    const char* count_scoped;
    const char* orphans;       // rows whose parent is gone; null when the table has no parent
    const char* orphans_are;   // how `anzan check` names them: "attempts without their practice session"
};

// Children before parents: when a parent row goes, its ON DELETE CASCADE finds nothing left to do,
// and each statement's affected-row count is exactly the rows of its own table.
constexpr ProgressTable kTables[] = {
    {"attempts", "attempts_deleted", "attempts", "deleting attempts", "DELETE FROM attempts",
     "DELETE FROM attempts WHERE session_id IN (SELECT id FROM practice_sessions WHERE user_id" ANZAN_IN_SCOPE ")",
     false, "SELECT COUNT(*) FROM attempts",
     "SELECT COUNT(*) FROM attempts WHERE session_id IN (SELECT id FROM practice_sessions WHERE user_id" ANZAN_IN_SCOPE
     ")",
     "SELECT COUNT(*) FROM attempts a WHERE NOT EXISTS (SELECT 1 FROM practice_sessions s WHERE s.id = a.session_id)",
     "attempts without their practice session"},
    {"practice_sessions", "practice_sessions_deleted", "practice sessions", "deleting practice sessions",
     "DELETE FROM practice_sessions", "DELETE FROM practice_sessions WHERE user_id" ANZAN_IN_SCOPE, false,
     "SELECT COUNT(*) FROM practice_sessions", "SELECT COUNT(*) FROM practice_sessions WHERE user_id" ANZAN_IN_SCOPE,
     "SELECT COUNT(*) FROM practice_sessions s WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id)",
     "practice sessions without their user"},
    {"rewards", "rewards_deleted", "rewards/badges", "deleting rewards and badges", "DELETE FROM rewards",
     "DELETE FROM rewards WHERE user_id" ANZAN_IN_SCOPE, false, "SELECT COUNT(*) FROM rewards",
     "SELECT COUNT(*) FROM rewards WHERE user_id" ANZAN_IN_SCOPE,
     "SELECT COUNT(*) FROM rewards r WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = r.user_id)",
     "rewards without their user"},
    {"points_logs", "points_logs_deleted", "points log entries", "deleting the points ledger",
     "DELETE FROM points_logs", "DELETE FROM points_logs WHERE user_id" ANZAN_IN_SCOPE, false,
     "SELECT COUNT(*) FROM points_logs", "SELECT COUNT(*) FROM points_logs WHERE user_id" ANZAN_IN_SCOPE,
     "SELECT COUNT(*) FROM points_logs p WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.user_id)",
     "points log rows without their user"},
    {"streak_days", "streak_days_deleted", "streak days", "deleting streak days", "DELETE FROM streak_days",
     "DELETE FROM streak_days WHERE user_id" ANZAN_IN_SCOPE, false, "SELECT COUNT(*) FROM streak_days",
     "SELECT COUNT(*) FROM streak_days WHERE user_id" ANZAN_IN_SCOPE,
     "SELECT COUNT(*) FROM streak_days d WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = d.user_id)",
     "streak days without their user"},
    {"users", "users_reset", "users", "resetting user statistics",
     "UPDATE users SET total_points = 0, current_streak = 0, longest_streak = 0, last_practice_date = NULL,"
     " total_questions_attempted = 0, last_grace_skip_date = NULL, grace_skip_week_start = NULL,"
     " last_daily_login_bonus_date = NULL, updated_at = :now",
     "UPDATE users SET total_points = 0, current_streak = 0, longest_streak = 0, last_practice_date = NULL,"
     " total_questions_attempted = 0, last_grace_skip_date = NULL, grace_skip_week_start = NULL,"
     " last_daily_login_bonus_date = NULL, updated_at = :now WHERE id" ANZAN_IN_SCOPE,
     true, "SELECT COUNT(*) FROM users", "SELECT COUNT(*) FROM users WHERE id" ANZAN_IN_SCOPE, nullptr, nullptr},
    {"leaderboard", "leaderboard_entries_reset", "leaderboard entries", "resetting the leaderboard",
     "UPDATE leaderboard SET total_points = 0, weekly_points = 0, rank = NULL, weekly_rank = NULL, last_updated = :now",
     "UPDATE leaderboard SET total_points = 0, weekly_points = 0, rank = NULL, weekly_rank = NULL,"
     " last_updated = :now WHERE user_id" ANZAN_IN_SCOPE,
     true, "SELECT COUNT(*) FROM leaderboard", "SELECT COUNT(*) FROM leaderboard WHERE user_id" ANZAN_IN_SCOPE,
     "SELECT COUNT(*) FROM leaderboard b WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = b.user_id)",
     "leaderboard rows without their user"},
};

// PostgreSQL: the balances in scope, locked before anything is deleted. A credit (insert a ledger
// row, then add to users.total_points) that overlapped the reset could otherwise either deadlock
// with it (the credit holds the user row and waits for the session row the reset deleted, while the
// reset waits for the user row) or leave its ledger row behind under a balance the reset zeroed
// (the DELETE's snapshot did not see the uncommitted row, the UPDATE then waited and zeroed). With
// the user rows locked first, a running credit commits before the reset reads the ledger, and a
// later one waits for the reset and then adds to the zeroed balance. SQLite has one writer anyway.
constexpr const char* kLockBalancesAll =
    "SELECT COUNT(*) FROM (SELECT id FROM users ORDER BY id FOR UPDATE) locked";
constexpr const char* kLockBalancesScoped =
    "SELECT COUNT(*) FROM (SELECT id FROM users WHERE id" ANZAN_IN_SCOPE " ORDER BY id FOR UPDATE) locked";

// Users whose ledger does not add up to their balance.
constexpr const char* kLedgerMismatches = R"sql(
    SELECT u.id, COALESCE(u.total_points, 0), COALESCE(l.total, 0)
      FROM users u LEFT JOIN (SELECT user_id, SUM(points) AS total FROM points_logs GROUP BY user_id) l
        ON l.user_id = u.id
     WHERE COALESCE(u.total_points, 0) <> COALESCE(l.total, 0)
     ORDER BY u.id LIMIT 20)sql";

constexpr const char* kLeaderboardMismatches = R"sql(
    SELECT COUNT(*) FROM leaderboard b JOIN users u ON u.id = b.user_id
     WHERE COALESCE(b.total_points, 0) <> COALESCE(u.total_points, 0))sql";

TableCount entry(const ProgressTable& table, long long rows) { return {table.table, table.key, table.label, rows}; }

}  // namespace

std::vector<ResetTable> reset_tables() {
    std::vector<ResetTable> tables;
    // The statements that bind :now are the column resets; the others delete.
    for (const auto& table : kTables) tables.push_back({table.table, !table.binds_now});
    return tables;
}

Result<TableCounts> count_in_scope(soci::session& sql, const academy::StudentScope& scope) {
    TableCounts counts;
    const academy::store::ScopeBinds b(scope);
    try {
        for (const auto& table : kTables) {
            long long n = 0;
            if (scope.is_everyone())
                sql << table.count_all, soci::into(n);
            else
                sql << table.count_scoped, soci::use(b.has_branch), soci::use(b.branch), soci::use(b.has_course),
                    soci::use(b.course), soci::into(n);
            counts.push_back(entry(table, n));
        }
    } catch (const std::exception& e) {
        return db::database_error(e, "counting progress for a dry run");
    }
    return counts;
}

Result<TableCounts> reset_in_scope(soci::session& sql, const academy::StudentScope& scope, const std::string& now,
                                   const std::function<void(std::string_view)>& on_step) {
    TableCounts counts;
    const academy::store::ScopeBinds b(scope);
    try {
        if (sql.get_backend_name() == "postgresql") {
            long long locked = 0;
            soci::statement lock(sql);
            lock.alloc();
            if (!scope.is_everyone()) b.bind_to(lock);
            lock.exchange(soci::into(locked));
            lock.prepare(scope.is_everyone() ? kLockBalancesAll : kLockBalancesScoped);
            lock.define_and_bind();
            lock.execute(true);
        }
        for (const auto& table : kTables) {
            if (on_step) on_step(table.step);
            soci::statement st(sql);
            st.alloc();
            if (table.binds_now) st.exchange(soci::use(now));
            if (!scope.is_everyone()) b.bind_to(st);
            st.prepare(scope.is_everyone() ? table.reset_all : table.reset_scoped);
            st.define_and_bind();
            st.execute(true);
            counts.push_back(entry(table, st.get_affected_rows()));
        }
    } catch (const std::exception& e) {
        return db::database_error(e, "resetting progress");
    }
    return counts;
}

// Keys paid twice, and sessions or attempts with more than one earning row of Anzan's (rows carried
// over from a legacy database have no key and may repeat: the legacy client retried its POSTs).
constexpr const char* kRepeatedKeys = R"sql(
    SELECT COUNT(*) FROM (SELECT idempotency_key FROM points_logs WHERE idempotency_key IS NOT NULL
                           GROUP BY idempotency_key HAVING COUNT(*) > 1) k)sql";
constexpr const char* kRepeatedEarnings = R"sql(
    SELECT COUNT(*) FROM (SELECT source_type, source_id FROM points_logs
                           WHERE source_type IN ('mental_math', 'paper_attempt') AND source_id IS NOT NULL
                             AND idempotency_key IS NOT NULL
                           GROUP BY source_type, source_id HAVING COUNT(*) > 1) e)sql";

Result<std::vector<std::string>> integrity_problems(soci::session& sql) {
    std::vector<std::string> problems;
    try {
        long long user_id = 0, balance = 0, ledger = 0;
        soci::statement st = (sql.prepare << kLedgerMismatches, soci::into(user_id), soci::into(balance), soci::into(ledger));
        st.execute();
        while (st.fetch())
            problems.push_back("user " + std::to_string(user_id) + ": balance " + std::to_string(balance) +
                               " but the points ledger sums to " + std::to_string(ledger));
        long long count = 0;
        sql << kLeaderboardMismatches, soci::into(count);
        if (count > 0) problems.push_back(std::to_string(count) + " leaderboard rows disagree with the users' balances");
        // The unique index already forbids it; this proves it on a database restored from elsewhere.
        sql << kRepeatedKeys, soci::into(count);
        if (count > 0) problems.push_back(std::to_string(count) + " idempotency keys appear on more than one ledger row");
        sql << kRepeatedEarnings, soci::into(count);
        if (count > 0)
            problems.push_back(std::to_string(count) + " practice sessions or paper attempts were paid more than once");
        std::vector<db::RowCheck> orphan_checks;
        for (const auto& table : kTables)
            if (table.orphans) orphan_checks.push_back({table.orphans_are, table.orphans});
        const auto orphans = TRY(db::failed_row_checks(sql, orphan_checks, "checking progress"));
        problems.insert(problems.end(), orphans.begin(), orphans.end());
    } catch (const std::exception& e) {
        return db::database_error(e, "checking progress");
    }
    return problems;
}

}  // namespace anzan::progress::store
