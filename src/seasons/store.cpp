#include "seasons/store.hpp"

#include <spdlog/spdlog.h>

#include "academy/store.hpp"
#include "platform/db/database.hpp"

namespace anzan::seasons::store {
namespace {

// Any fixed 64-bit key shared by every Anzan process: "anzan-reset" in ASCII.
constexpr const char* kTryResetLock = "SELECT CAST(pg_try_advisory_xact_lock(7953764184339862388) AS INTEGER)";

// Foreign keys from tables the reset leaves alone into the tables it empties. The reset deletes
// children before parents among its own tables, so only outside references could be orphaned.
std::string foreign_references_sql(const std::vector<ResetTable>& tables) {
    std::string emptied;
    for (const auto& table : tables) {
        if (!table.deletes_rows) continue;
        // Table names come from the areas' own lists, never from input.
        emptied += (emptied.empty() ? "'" : ", '") + table.table + "'";
    }
    return "SELECT COUNT(*) FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"
           " AND f.\"table\" IN (" + emptied + ") AND m.name NOT IN (" + emptied + ")";
}

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

bool is_postgres(soci::session& sql) { return sql.get_backend_name() == "postgresql"; }

}  // namespace

Result<bool> try_reset_lock(soci::session& sql) {
    try {
        int locked = 0;
        sql << kTryResetLock, soci::into(locked);
        return locked != 0;
    } catch (const std::exception& e) {
        return db::database_error(e, "taking the reset lock");
    }
}

Result<bool> can_reset_without_foreign_keys(soci::session& sql, const std::vector<ResetTable>& tables) {
    try {
        long long references = 0;
        sql << foreign_references_sql(tables), soci::into(references);
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
    const academy::store::ScopeBinds b(scope);
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
