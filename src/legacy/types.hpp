// Plain types of the legacy upgrade: what an upgrade of a legacy `abacus_replitt.db` did.
#pragma once
#include <string>
#include <vector>

namespace anzan::legacy {

// Which kind of database `detect` found.
enum class Kind {
    Anzan,            // empty, or already Anzan's schema: nothing to upgrade
    LegacySqlite,     // the legacy Python system's SQLite database: upgrade it
    LegacyPostgres,   // the legacy schema on PostgreSQL: refused (out of scope)
};

struct TableCopy {
    std::string table;
    long long legacy_rows = 0;  // rows in the legacy table
    long long copied = 0;       // rows in the new table (legacy_rows minus `dropped`)
    long long dropped = 0;      // duplicates removed for a new unique index (rewards only)
};

struct UpgradeReport {
    long long users = 0;
    std::string backup_path;             // the verified copy of the legacy file, taken first
    std::vector<TableCopy> tables;       // every legacy table that was copied, in copy order
    long long opening_entries = 0;       // opening_balance rows written to points_logs
    long long leaderboard_rows_added = 0;
    std::vector<std::string> notes;      // one sentence each: references cleared, tables kept …
};

}  // namespace anzan::legacy
