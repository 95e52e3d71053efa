// legacy::detect: which kind of database this is, through the shared SOCI pool (both engines).
#include <spdlog/spdlog.h>

#include "legacy/upgrade.hpp"

namespace anzan::legacy {
namespace {

constexpr const char* kSqliteHasUsers = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'users'";
constexpr const char* kSqliteHasPasswordHash =
    "SELECT COUNT(*) FROM pragma_table_info('users') WHERE name = 'password_hash'";
constexpr const char* kSqliteHasMigrationsTable =
    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
constexpr const char* kPostgresHasUsers =
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'users'";
constexpr const char* kPostgresHasPasswordHash =
    "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() "
    "AND table_name = 'users' AND column_name = 'password_hash'";
constexpr const char* kPostgresHasMigrationsTable =
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
    "AND table_name = 'schema_migrations'";
constexpr const char* kRecordedMigrations = "SELECT COUNT(*) FROM schema_migrations";

long long count(soci::session& sql, const char* query) {
    long long n = 0;
    sql << query, soci::into(n);
    return n;
}

}  // namespace

Result<Kind> detect(db::Database& database) {
    const bool sqlite = database.engine() == db::Engine::Sqlite;
    try {
        db::Session session = database.session();
        soci::session& sql = session.sql();
        if (count(sql, sqlite ? kSqliteHasUsers : kPostgresHasUsers) == 0) return Kind::Anzan;
        if (count(sql, sqlite ? kSqliteHasPasswordHash : kPostgresHasPasswordHash) > 0) return Kind::Anzan;
        // An interrupted plain `migrate` may have created an empty schema_migrations: still legacy.
        if (count(sql, sqlite ? kSqliteHasMigrationsTable : kPostgresHasMigrationsTable) > 0 &&
            count(sql, kRecordedMigrations) > 0)
            return Kind::Anzan;
        return sqlite ? Kind::LegacySqlite : Kind::LegacyPostgres;
    } catch (const std::exception& e) {
        return db::database_error(e, "detecting a legacy database");
    }
}

}  // namespace anzan::legacy
