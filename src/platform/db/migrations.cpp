#include "platform/db/migrations.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <sstream>

#include "platform/time.hpp"

namespace anzan::db {
namespace {

constexpr const char* kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "applied_at TIMESTAMP NOT NULL)";

bool is_blank_or_comment(const std::string& line) {
    const auto first = line.find_first_not_of(" \t\r");
    return first == std::string::npos || line.compare(first, 2, "--") == 0;
}

}  // namespace

std::vector<std::string> split_sql_statements(const std::string& sql) {
    std::vector<std::string> statements;
    std::stringstream in(sql);
    std::string line, current;
    while (std::getline(in, line)) {
        if (is_blank_or_comment(line)) continue;
        current += line + "\n";
        const auto last = line.find_last_not_of(" \t\r");
        if (last != std::string::npos && line[last] == ';') {
            statements.push_back(current);
            current.clear();
        }
    }
    if (current.find_first_not_of(" \t\r\n") != std::string::npos) statements.push_back(current);
    return statements;
}

Result<int> schema_version(Database& database) {
    try {
        Session session = database.session();
        session.sql() << kCreateMigrationsTable;
        long long version = 0;
        soci::indicator ind = soci::i_null;
        session.sql() << "SELECT MAX(version) FROM schema_migrations", soci::into(version, ind);
        return ind == soci::i_ok ? static_cast<int>(version) : 0;
    } catch (const std::exception& e) {
        return database_error(e, "reading schema_migrations");
    }
}

Result<MigrationReport> migrate(Database& database) {
    MigrationReport report;
    report.current_version = TRY(schema_version(database));
    std::vector<EmbeddedMigration> pending;
    for (const auto& migration : embedded_migrations())
        if (migration.engine == database.engine() && migration.version > report.current_version)
            pending.push_back(migration);
    std::sort(pending.begin(), pending.end(), [](auto& a, auto& b) { return a.version < b.version; });
    for (const auto& migration : pending) {
        auto tx = TRY(database.begin());
        try {
            for (const auto& statement : split_sql_statements(migration.sql)) tx.sql() << statement;
            const std::string now = format_utc(now_utc());
            const long long version = migration.version;
            const std::string name = migration.name;
            tx.sql() << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)",
                soci::use(version), soci::use(name), soci::use(now);
        } catch (const std::exception& e) {
            spdlog::error("migration {} failed: {}", migration.name, e.what());
            return Error::internal(std::string("Migration ") + migration.name + " failed: " + e.what());
        }
        TRY(tx.commit());
        report.applied.push_back(migration.name);
        report.current_version = migration.version;
    }
    return report;
}

}  // namespace anzan::db
