// Numbered schema migrations, one file per change and engine (migrations/sqlite, migrations/postgres),
// compiled into the binary and recorded in `schema_migrations`. Applied by `anzan migrate` and at the
// start of `anzan serve`. Each migration runs in its own transaction: all of it or none.
#pragma once
#include <string>
#include <vector>

#include "platform/db/database.hpp"

namespace anzan::db {

struct EmbeddedMigration {
    Engine engine;
    int version;
    const char* name;
    const char* sql;
};

// Defined in the generated embedded_migrations.cpp.
const std::vector<EmbeddedMigration>& embedded_migrations();

// Splits a migration file into statements: each statement ends with `;` at the end of a line.
std::vector<std::string> split_sql_statements(const std::string& sql);

struct MigrationReport {
    std::vector<std::string> applied;  // names applied by this call, in order
    int current_version = 0;
};

// Applies every migration newer than the recorded version. Internal on SQL errors (logged), with
// the migration named; earlier migrations stay applied.
Result<MigrationReport> migrate(Database& database);

// Highest applied version, 0 on an empty database.
Result<int> schema_version(Database& database);

}  // namespace anzan::db
