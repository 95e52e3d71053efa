#include "seasons/store.hpp"

#include <spdlog/spdlog.h>

#include "platform/db/database.hpp"

namespace anzan::seasons::store {
namespace {

// The users a scoped reset covers: students whose profile matches every given field. Pasted into
// the statements below (string literal concatenation) so each stays one named, readable constant;
// the four values are always bound, in this order.
#define ANZAN_SCOPE_USERS                                                                             \
    "SELECT sp.user_id FROM student_profiles sp JOIN users su ON su.id = sp.user_id"                  \
    " WHERE su.role = 'student' AND (:has_branch = 0 OR sp.branch = :branch)"                         \
    " AND (:has_course = 0 OR sp.course = :course)"

// Children before parents: when a parent row goes, its ON DELETE CASCADE finds nothing left to do,
// and each statement's affected-row count is exactly the rows of its own table.
constexpr const char* kDeleteAllAttempts = "DELETE FROM attempts";
constexpr const char* kDeleteAllSessions = "DELETE FROM practice_sessions";
constexpr const char* kDeleteAllPaperAttempts = "DELETE FROM paper_attempts";
constexpr const char* kDeleteAllRewards = "DELETE FROM rewards";
constexpr const char* kDeleteAllPointsLogs = "DELETE FROM points_logs";
constexpr const char* kDeleteAllStreakDays = "DELETE FROM streak_days";
constexpr const char* kResetAllUsers = R"sql(
    UPDATE users SET total_points = 0, current_streak = 0, longest_streak = 0, last_practice_date = NULL,
           total_questions_attempted = 0, last_grace_skip_date = NULL, grace_skip_week_start = NULL,
           last_daily_login_bonus_date = NULL, updated_at = :now)sql";
constexpr const char* kResetAllLeaderboard = R"sql(
    UPDATE leaderboard SET total_points = 0, weekly_points = 0, rank = NULL, weekly_rank = NULL,
           last_updated = :now)sql";

constexpr const char* kDeleteScopedAttempts =
    "DELETE FROM attempts WHERE session_id IN (SELECT id FROM practice_sessions WHERE user_id IN (" ANZAN_SCOPE_USERS "))";
constexpr const char* kDeleteScopedSessions = "DELETE FROM practice_sessions WHERE user_id IN (" ANZAN_SCOPE_USERS ")";
constexpr const char* kDeleteScopedPaperAttempts = "DELETE FROM paper_attempts WHERE user_id IN (" ANZAN_SCOPE_USERS ")";
constexpr const char* kDeleteScopedRewards = "DELETE FROM rewards WHERE user_id IN (" ANZAN_SCOPE_USERS ")";
constexpr const char* kDeleteScopedPointsLogs = "DELETE FROM points_logs WHERE user_id IN (" ANZAN_SCOPE_USERS ")";
constexpr const char* kDeleteScopedStreakDays = "DELETE FROM streak_days WHERE user_id IN (" ANZAN_SCOPE_USERS ")";
constexpr const char* kResetScopedUsers =
    "UPDATE users SET total_points = 0, current_streak = 0, longest_streak = 0, last_practice_date = NULL,"
    " total_questions_attempted = 0, last_grace_skip_date = NULL, grace_skip_week_start = NULL,"
    " last_daily_login_bonus_date = NULL, updated_at = :now WHERE id IN (" ANZAN_SCOPE_USERS ")";
constexpr const char* kResetScopedLeaderboard =
    "UPDATE leaderboard SET total_points = 0, weekly_points = 0, rank = NULL, weekly_rank = NULL,"
    " last_updated = :now WHERE user_id IN (" ANZAN_SCOPE_USERS ")";

// Dry run: the same rows, counted. The unscoped form passes has_branch = has_course = 0.
constexpr const char* kCountAttempts =
    "SELECT COUNT(*) FROM attempts WHERE session_id IN (SELECT id FROM practice_sessions WHERE user_id IN (" ANZAN_SCOPE_USERS "))";
constexpr const char* kCountSessions = "SELECT COUNT(*) FROM practice_sessions WHERE user_id IN (" ANZAN_SCOPE_USERS ")";
constexpr const char* kCountPaperAttempts = "SELECT COUNT(*) FROM paper_attempts WHERE user_id IN (" ANZAN_SCOPE_USERS ")";
constexpr const char* kCountRewards = "SELECT COUNT(*) FROM rewards WHERE user_id IN (" ANZAN_SCOPE_USERS ")";
constexpr const char* kCountPointsLogs = "SELECT COUNT(*) FROM points_logs WHERE user_id IN (" ANZAN_SCOPE_USERS ")";
constexpr const char* kCountStreakDays = "SELECT COUNT(*) FROM streak_days WHERE user_id IN (" ANZAN_SCOPE_USERS ")";
constexpr const char* kCountUsers = "SELECT COUNT(*) FROM users WHERE id IN (" ANZAN_SCOPE_USERS ")";
constexpr const char* kCountLeaderboard = "SELECT COUNT(*) FROM leaderboard WHERE user_id IN (" ANZAN_SCOPE_USERS ")";
constexpr const char* kCountAllAttempts = "SELECT COUNT(*) FROM attempts";
constexpr const char* kCountAllSessions = "SELECT COUNT(*) FROM practice_sessions";
constexpr const char* kCountAllPaperAttempts = "SELECT COUNT(*) FROM paper_attempts";
constexpr const char* kCountAllRewards = "SELECT COUNT(*) FROM rewards";
constexpr const char* kCountAllPointsLogs = "SELECT COUNT(*) FROM points_logs";
constexpr const char* kCountAllStreakDays = "SELECT COUNT(*) FROM streak_days";
constexpr const char* kCountAllUsers = "SELECT COUNT(*) FROM users";
constexpr const char* kCountAllLeaderboard = "SELECT COUNT(*) FROM leaderboard";

// Any fixed 64-bit key shared by every Anzan process: "anzan-reset" in ASCII.
constexpr const char* kTryResetLock = "SELECT CAST(pg_try_advisory_xact_lock(7953764184339862388) AS INTEGER)";

// Foreign keys pointing at a table the reset empties, other than attempts → practice_sessions
// (which the reset empties first). A future table referencing these would make a reset with
// foreign keys off unsafe, so it falls back to the checked path.
constexpr const char* kForeignReferences = R"sql(
    SELECT COUNT(*) FROM sqlite_master m, pragma_foreign_key_list(m.name) f
     WHERE m.type = 'table'
       AND f."table" IN ('attempts', 'practice_sessions', 'paper_attempts', 'rewards', 'points_logs', 'streak_days')
       AND NOT (m.name = 'attempts' AND f."table" = 'practice_sessions'))sql";

// The season starts where the last season covering this scope ended (else at the first account).
constexpr const char* kInsertSeason = R"sql(
    INSERT INTO seasons (name, scope_branch, scope_course, started_at, ended_at, reset_by_user_id,
                         reset_by_os_user, backup_path)
    VALUES (:name, :scope_branch, :scope_course,
            COALESCE((SELECT MAX(ended_at) FROM seasons
                       WHERE (scope_branch IS NULL OR scope_branch = :prev_branch)
                         AND (scope_course IS NULL OR scope_course = :prev_course)),
                     (SELECT MIN(created_at) FROM users)),
            :ended_at, :user_id, :os_user, :backup_path)
    RETURNING id)sql";

// Standard competition ranking (RANK: 1, 2, 2, 4); rows go in best first, ties by lower user id.
// Badge types in the order earned. SQLite builds the array with json_group_array, PostgreSQL with
// json_agg; otherwise the two statements are the same.
#define ANZAN_STANDINGS_HEAD                                                                           \
    "INSERT INTO season_standings (season_id, user_id, name, public_id, branch, course, level,"       \
    " final_points, rank, weekly_points, current_streak, longest_streak, total_questions_attempted,"  \
    " badges_count, badges)"                                                                          \
    " SELECT CAST(:season_id AS INTEGER), u.id, u.name, sp.public_id, sp.branch, sp.course, sp.level," \
    " u.total_points, RANK() OVER (ORDER BY u.total_points DESC), COALESCE(lb.weekly_points, 0),"     \
    " u.current_streak, u.longest_streak, u.total_questions_attempted, COALESCE(b.badges_count, 0),"
#define ANZAN_STANDINGS_TAIL                                                                           \
    " ON b.user_id = u.id"                                                                            \
    " LEFT JOIN student_profiles sp ON sp.user_id = u.id"                                             \
    " LEFT JOIN leaderboard lb ON lb.user_id = u.id"                                                  \
    " WHERE u.role = 'student' AND (:has_branch = 0 OR sp.branch = :branch)"                          \
    " AND (:has_course = 0 OR sp.course = :course)"                                                   \
    " ORDER BY u.total_points DESC, u.id"
constexpr const char* kArchiveStandingsSqlite = ANZAN_STANDINGS_HEAD
    " COALESCE(b.badges, '[]') FROM users u LEFT JOIN"
    " (SELECT user_id, COUNT(*) AS badges_count, json_group_array(badge_type) AS badges"
    "    FROM (SELECT user_id, badge_type FROM rewards ORDER BY user_id, earned_at, id) GROUP BY user_id) b"
    ANZAN_STANDINGS_TAIL;
constexpr const char* kArchiveStandingsPostgres = ANZAN_STANDINGS_HEAD
    " COALESCE(b.badges, '[]'::json) FROM users u LEFT JOIN"
    " (SELECT user_id, COUNT(*) AS badges_count, json_agg(badge_type ORDER BY earned_at, id) AS badges"
    "    FROM rewards GROUP BY user_id) b"
    ANZAN_STANDINGS_TAIL;

constexpr const char* kInsertAudit = R"sql(
    INSERT INTO admin_audit_log (actor_user_id, actor_os_user, action, scope, counts, backup_path, detail, created_at)
    VALUES (:user_id, :os_user, :action, :scope, :counts, :backup_path, :detail, :created_at)
    RETURNING id)sql";

struct ScopeBinds {
    int has_branch = 0, has_course = 0;
    std::string branch, course;
    explicit ScopeBinds(const ResetScope& scope)
        : has_branch(scope.branch ? 1 : 0), has_course(scope.course ? 1 : 0),
          branch(scope.branch.value_or("")), course(scope.course.value_or("")) {}
};

bool is_postgres(soci::session& sql) { return sql.get_backend_name() == "postgresql"; }

// One reset statement: its label, its unscoped and scoped SQL, where its count goes, and whether
// it binds :now (always the first parameter when it does).
struct ResetStep {
    const char* label;
    const char* all_sql;
    const char* scoped_sql;
    long long ResetCounts::*count;
    bool binds_now;
};

constexpr ResetStep kResetSteps[] = {
    {"deleting attempts", kDeleteAllAttempts, kDeleteScopedAttempts, &ResetCounts::attempts_deleted, false},
    {"deleting practice sessions", kDeleteAllSessions, kDeleteScopedSessions, &ResetCounts::practice_sessions_deleted, false},
    {"deleting paper attempts", kDeleteAllPaperAttempts, kDeleteScopedPaperAttempts, &ResetCounts::paper_attempts_deleted, false},
    {"deleting rewards and badges", kDeleteAllRewards, kDeleteScopedRewards, &ResetCounts::rewards_deleted, false},
    {"deleting the points ledger", kDeleteAllPointsLogs, kDeleteScopedPointsLogs, &ResetCounts::points_logs_deleted, false},
    {"deleting streak days", kDeleteAllStreakDays, kDeleteScopedStreakDays, &ResetCounts::streak_days_deleted, false},
    {"resetting user statistics", kResetAllUsers, kResetScopedUsers, &ResetCounts::users_reset, true},
    {"resetting the leaderboard", kResetAllLeaderboard, kResetScopedLeaderboard, &ResetCounts::leaderboard_entries_reset, true},
};

struct CountStep {
    const char* all_sql;
    const char* scoped_sql;
    long long ResetCounts::*count;
};

constexpr CountStep kCountSteps[] = {
    {kCountAllAttempts, kCountAttempts, &ResetCounts::attempts_deleted},
    {kCountAllSessions, kCountSessions, &ResetCounts::practice_sessions_deleted},
    {kCountAllPaperAttempts, kCountPaperAttempts, &ResetCounts::paper_attempts_deleted},
    {kCountAllRewards, kCountRewards, &ResetCounts::rewards_deleted},
    {kCountAllPointsLogs, kCountPointsLogs, &ResetCounts::points_logs_deleted},
    {kCountAllStreakDays, kCountStreakDays, &ResetCounts::streak_days_deleted},
    {kCountAllUsers, kCountUsers, &ResetCounts::users_reset},
    {kCountAllLeaderboard, kCountLeaderboard, &ResetCounts::leaderboard_entries_reset},
};

}  // namespace

Result<ResetCounts> count_progress(soci::session& sql, const ResetScope& scope) {
    ResetCounts counts;
    const ScopeBinds b(scope);
    try {
        for (const auto& step : kCountSteps) {
            long long n = 0;
            if (scope.is_everyone())
                sql << step.all_sql, soci::into(n);
            else
                sql << step.scoped_sql, soci::use(b.has_branch), soci::use(b.branch), soci::use(b.has_course),
                    soci::use(b.course), soci::into(n);
            counts.*step.count = n;
        }
    } catch (const std::exception& e) {
        return db::database_error(e, "counting progress for a dry run");
    }
    return counts;
}

Result<bool> try_reset_lock(soci::session& sql) {
    try {
        int locked = 0;
        sql << kTryResetLock, soci::into(locked);
        return locked != 0;
    } catch (const std::exception& e) {
        return db::database_error(e, "taking the reset lock");
    }
}

Result<bool> can_reset_without_foreign_keys(soci::session& sql) {
    try {
        long long references = 0;
        sql << kForeignReferences, soci::into(references);
        return references == 0;
    } catch (const std::exception& e) {
        return db::database_error(e, "inspecting foreign keys");
    }
}

Result<void> restart_without_foreign_keys(soci::session& sql) {
    try {
        // PRAGMA foreign_keys is a no-op inside a transaction, hence the restart.
        sql << "COMMIT";
        sql << "PRAGMA foreign_keys = OFF";
        sql << "BEGIN IMMEDIATE";
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "starting the reset transaction");
    }
}

void restore_foreign_keys(soci::session& sql) noexcept {
    try {
        sql << "PRAGMA foreign_keys = ON";
    } catch (const std::exception& e) {
        spdlog::error("could not turn foreign keys back on: {}", e.what());
    }
}

Result<long long> insert_season(soci::session& sql, const SeasonRow& row) {
    try {
        long long id = 0;
        const std::string branch = row.scope.branch.value_or(""), course = row.scope.course.value_or("");
        soci::indicator branch_ind = row.scope.branch ? soci::i_ok : soci::i_null;
        soci::indicator course_ind = row.scope.course ? soci::i_ok : soci::i_null;
        const long long user_id = row.actor.user_id.value_or(0);
        soci::indicator user_ind = row.actor.user_id ? soci::i_ok : soci::i_null;
        soci::indicator os_ind = row.actor.os_user.empty() ? soci::i_null : soci::i_ok;
        const std::string backup = row.backup_path.value_or("");
        soci::indicator backup_ind = row.backup_path ? soci::i_ok : soci::i_null;
        sql << kInsertSeason, soci::use(row.name), soci::use(branch, branch_ind), soci::use(course, course_ind),
            soci::use(branch, branch_ind), soci::use(course, course_ind), soci::use(row.ended_at),
            soci::use(user_id, user_ind), soci::use(row.actor.os_user, os_ind), soci::use(backup, backup_ind),
            soci::into(id);
        return id;
    } catch (const std::exception& e) {
        return db::database_error(e, "archiving the season");
    }
}

Result<long long> archive_standings(soci::session& sql, long long season_id, const ResetScope& scope) {
    const ScopeBinds b(scope);
    try {
        soci::statement st = (sql.prepare << (is_postgres(sql) ? kArchiveStandingsPostgres : kArchiveStandingsSqlite),
                              soci::use(season_id), soci::use(b.has_branch), soci::use(b.branch),
                              soci::use(b.has_course), soci::use(b.course));
        st.execute(true);
        return st.get_affected_rows();
    } catch (const std::exception& e) {
        return db::database_error(e, "archiving the season standings");
    }
}

Result<ResetCounts> reset_progress(soci::session& sql, const ResetScope& scope, const std::string& now,
                                   const StepHook& hook) {
    ResetCounts counts;
    const ScopeBinds b(scope);
    try {
        for (const auto& step : kResetSteps) {
            if (hook) hook(step.label);
            soci::statement st(sql);
            if (scope.is_everyone()) {
                st.alloc();
                if (step.binds_now) st.exchange(soci::use(now));
                st.prepare(step.all_sql);
            } else {
                st.alloc();
                if (step.binds_now) st.exchange(soci::use(now));
                st.exchange(soci::use(b.has_branch));
                st.exchange(soci::use(b.branch));
                st.exchange(soci::use(b.has_course));
                st.exchange(soci::use(b.course));
                st.prepare(step.scoped_sql);
            }
            st.define_and_bind();
            st.execute(true);
            counts.*step.count = st.get_affected_rows();
        }
    } catch (const std::exception& e) {
        return db::database_error(e, "resetting progress");
    }
    return counts;
}

Result<long long> insert_audit(soci::session& sql, const AuditRow& row) {
    try {
        long long id = 0;
        const long long user_id = row.actor.user_id.value_or(0);
        soci::indicator user_ind = row.actor.user_id ? soci::i_ok : soci::i_null;
        soci::indicator os_ind = row.actor.os_user.empty() ? soci::i_null : soci::i_ok;
        const std::string scope = row.scope_json.value_or(""), counts = row.counts_json.value_or(""),
                          backup = row.backup_path.value_or(""), detail = row.detail.value_or("");
        soci::indicator scope_ind = row.scope_json ? soci::i_ok : soci::i_null;
        soci::indicator counts_ind = row.counts_json ? soci::i_ok : soci::i_null;
        soci::indicator backup_ind = row.backup_path ? soci::i_ok : soci::i_null;
        soci::indicator detail_ind = row.detail ? soci::i_ok : soci::i_null;
        sql << kInsertAudit, soci::use(user_id, user_ind), soci::use(row.actor.os_user, os_ind), soci::use(row.action),
            soci::use(scope, scope_ind), soci::use(counts, counts_ind), soci::use(backup, backup_ind),
            soci::use(detail, detail_ind), soci::use(row.created_at), soci::into(id);
        return id;
    } catch (const std::exception& e) {
        return db::database_error(e, "writing the audit log");
    }
}

}  // namespace anzan::seasons::store
