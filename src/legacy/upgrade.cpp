// legacy::upgrade_legacy_sqlite: backup, then one transaction that rebuilds the legacy tables.
#include "legacy/upgrade.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <regex>

#include "legacy/copy.hpp"
#include "legacy/rules.hpp"
#include "platform/db/backup.hpp"
#include "platform/db/migrations.hpp"

namespace anzan::legacy {
namespace {

constexpr int kSchemaVersion = 1;

constexpr const char* kEmailClashes = R"sql(
    SELECT lower(email), group_concat(id, ', ') FROM users GROUP BY lower(email) HAVING COUNT(*) > 1)sql";
constexpr const char* kUnknownRoles = R"sql(
    SELECT DISTINCT COALESCE(role, 'NULL') FROM users WHERE role IS NULL OR role NOT IN ('student', 'teacher', 'admin'))sql";
constexpr const char* kTables =
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";
// Explicit indexes only (autoindexes have no SQL and go with their table).
constexpr const char* kIndexesOf = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?1";
// One opening entry per user whose legacy log does not add up to the balance, dated at the account's
// creation so that it falls in no current weekly or monthly board.
constexpr const char* kOpeningBalances = R"sql(
    INSERT INTO points_logs (user_id, points, source_type, source_id, description, extra_data, created_at, idempotency_key)
    SELECT u.id, u.total_points - COALESCE(l.total, 0), 'opening_balance', NULL,
           'Balance carried over from the legacy system',
           json_object('legacy_total_points', u.total_points, 'legacy_log_sum', COALESCE(l.total, 0)),
           u.created_at, 'opening_balance:' || u.id
      FROM users u LEFT JOIN (SELECT user_id, SUM(points) AS total FROM points_logs GROUP BY user_id) l
        ON l.user_id = u.id
     WHERE u.total_points <> COALESCE(l.total, 0)
     ORDER BY u.id)sql";
constexpr const char* kMissingLeaderboardRows = R"sql(
    INSERT INTO leaderboard (user_id, total_points, rank, weekly_points, weekly_rank, last_updated)
    SELECT id, total_points, NULL, 0, NULL, ?1 FROM users
     WHERE id NOT IN (SELECT user_id FROM leaderboard) ORDER BY id)sql";
constexpr const char* kLeaderboardTotals =
    "UPDATE leaderboard SET total_points = (SELECT total_points FROM users WHERE users.id = leaderboard.user_id)";
// The runner's own DDL (platform/db/migrations.cpp), so a later `migrate` finds version 1.
constexpr const char* kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "applied_at TIMESTAMP NOT NULL)";
constexpr const char* kRecordVersion = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?1, ?2, ?3)";
constexpr const char* kAudit = R"sql(
    INSERT INTO admin_audit_log (actor_user_id, actor_os_user, action, scope, counts, backup_path, detail, created_at)
    VALUES (NULL, NULL, 'legacy_upgrade', NULL, ?1, ?2, ?3, ?4))sql";

Result<const db::EmbeddedMigration*> initial_migration() {
    for (const auto& migration : db::embedded_migrations())
        if (migration.engine == db::Engine::Sqlite && migration.version == kSchemaVersion) return &migration;
    return Error::internal("the SQLite schema migration 1 is not built in");
}

// Anzan's tables, in the order 0001 creates them (parents before children).
std::vector<std::string> anzan_tables(const std::string& sql) {
    static const std::regex kCreateTable(R"(CREATE TABLE IF NOT EXISTS (\w+))");
    std::vector<std::string> names;
    for (std::sregex_iterator it(sql.begin(), sql.end(), kCreateTable), end; it != end; ++it) names.push_back((*it)[1]);
    return names;
}

// Refusals that need no change to the file, so they come before the backup.
Result<void> refuse_unsupported(const db::SqliteConnection& file) {
    const auto clashes = TRY(file.rows(kEmailClashes));
    if (!clashes.empty()) {
        std::string list;
        for (const auto& row : clashes)
            list += (list.empty() ? "" : "; ") + row[0].value_or("") + " (users " + row[1].value_or("") + ")";
        return Error::conflict("The legacy database has accounts whose e-mail addresses differ only in capitals: " +
                               list + ". Anzan treats e-mail addresses case-insensitively. Merge or rename them, "
                               "then run anzan migrate again. Nothing was changed");
    }
    const auto roles = TRY(file.rows(kUnknownRoles));
    if (!roles.empty())
        return Error::invalid("The legacy users table has the role '" + roles.front()[0].value_or("") +
                              "', which Anzan does not know (student, teacher, admin). Nothing was changed");
    return {};
}

Result<void> rename_legacy_tables(const db::SqliteConnection& file, const std::vector<std::string>& known,
                                  std::vector<std::string>& renamed, UpgradeReport& report) {
    for (const auto& row : TRY(file.rows(kTables))) {
        const std::string table = row[0].value_or("");
        if (table == "schema_migrations") continue;
        if (std::find(known.begin(), known.end(), table) == known.end()) {
            report.notes.push_back("the table " + table + " is not Anzan's and was left as it was");
            continue;
        }
        // Legacy index names (ix_*, idx_*) must not follow the table; idx_user_created even collides.
        for (const auto& index : TRY(file.rows(kIndexesOf, {table})))
            TRY(file.exec("DROP INDEX " + quote_identifier(index[0].value_or(""))));
        TRY(file.exec("ALTER TABLE " + quote_identifier(table) + " RENAME TO " + quote_identifier("legacy_" + table)));
        renamed.push_back(table);
    }
    return {};
}

Result<void> check_references(const db::SqliteConnection& file) {
    const auto broken = TRY(file.rows("PRAGMA foreign_key_check"));
    if (broken.empty()) return {};
    std::map<std::string, long long> by_table;
    for (const auto& row : broken) ++by_table[row[0].value_or("") + " → " + row[2].value_or("")];
    std::string list;
    for (const auto& [pair, n] : by_table) list += (list.empty() ? "" : "; ") + std::to_string(n) + " in " + pair;
    return Error::invalid("Some legacy rows point at rows that no longer exist (" + list +
                          "). Delete or correct them with sqlite3, then run anzan migrate again");
}

std::string counts_json(const UpgradeReport& report) {
    std::string json = "{";
    for (const auto& copy : report.tables)
        json += (json.size() > 1 ? ", \"" : "\"") + copy.table + "\": " + std::to_string(copy.copied);
    return json + ", \"opening_balance_entries\": " + std::to_string(report.opening_entries) + "}";
}

Result<void> upgrade_in_transaction(const db::SqliteConnection& file, const db::EmbeddedMigration& migration,
                                    const std::string& now, UpgradeReport& report) {
    const std::vector<std::string> known = anzan_tables(migration.sql);
    std::vector<std::string> renamed;
    TRY(rename_legacy_tables(file, known, renamed, report));
    for (const auto& statement : db::split_sql_statements(migration.sql)) TRY(file.exec(statement));
    for (const auto& table : known) {
        if (std::find(renamed.begin(), renamed.end(), table) == renamed.end()) continue;
        report.tables.push_back(TRY(copy_table(file, table, now, report.notes)));
    }
    TRY(file.exec(kOpeningBalances));
    report.opening_entries = sqlite3_changes(file.handle());
    TRY(file.rows(kMissingLeaderboardRows, {now}));
    report.leaderboard_rows_added = sqlite3_changes(file.handle());
    TRY(file.exec(kLeaderboardTotals));
    for (const auto& table : renamed) TRY(file.exec("DROP TABLE " + quote_identifier("legacy_" + table)));
    TRY(check_references(file));
    report.users = TRY(file.integer("SELECT COUNT(*) FROM users"));
    TRY(file.exec(kCreateMigrationsTable));
    TRY(file.rows(kRecordVersion, {std::to_string(kSchemaVersion), migration.name, now}));
    std::string detail = "Legacy database upgraded: " + std::to_string(report.users) + " users";
    for (const auto& note : report.notes) detail += "; " + note;
    TRY(file.rows(kAudit, {counts_json(report), report.backup_path, detail, now}));
    return {};
}

}  // namespace

Result<UpgradeReport> upgrade_legacy_sqlite(db::Database& database, const std::string& backup_dir, Instant now) {
    const std::string path = database.url().sqlite_path;
    const auto* migration = TRY(initial_migration());
    auto file = db::SqliteConnection::open(path, SQLITE_OPEN_READWRITE);
    if (!file) return Error::unavailable("The legacy database could not be opened for its upgrade");
    TRY(refuse_unsupported(*file));
    UpgradeReport report;
    // The legacy schema has none of Anzan's progress tables yet: the copy must match on users.
    report.backup_path = TRY(db::write_backup({database.url(), backup_dir, format_utc(now), nullptr,
                                               /*writes_blocked=*/false, {"users"}}));
    // Outside the transaction: foreign_keys cannot change inside one. This connection is ours alone.
    if (auto set = file->exec("PRAGMA foreign_keys = OFF; PRAGMA legacy_alter_table = ON; BEGIN IMMEDIATE"); !set) {
        spdlog::error("legacy upgrade could not start: {}", set.error().detail);
        return Error::unavailable("The legacy database is busy; stop whatever uses it and run anzan migrate again");
    }
    auto upgraded = upgrade_in_transaction(*file, *migration, format_utc(now), report);
    if (upgraded) upgraded = file->exec("COMMIT");
    if (!upgraded) {
        (void)file->exec("ROLLBACK");
        Error error = upgraded.release_error();
        spdlog::error("legacy upgrade failed: {}", error.detail);
        if (error.code == ErrorCode::Internal) error.detail = "The legacy upgrade failed (" + error.detail + ")";
        error.detail += ". The database was left as it was; a copy is at " + report.backup_path;
        return error;
    }
    return report;
}

}  // namespace anzan::legacy
