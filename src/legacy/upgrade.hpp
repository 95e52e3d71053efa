// Upgrading a database written by the legacy Python system (`abacus_replitt.db`) in place, so that
// every Anzan command can open it: see docs/schema.md, "Upgrading a legacy database".
#pragma once
#include <string>

#include "legacy/types.hpp"
#include "platform/db/database.hpp"
#include "platform/time.hpp"

namespace anzan::legacy {

// What the operator is told when the legacy schema is found on PostgreSQL.
inline constexpr const char* kPostgresRefusal =
    "This PostgreSQL database holds the legacy Python system's tables, which Anzan upgrades only from "
    "SQLite. Nothing was changed. Export the legacy data into an SQLite file (for example with the "
    "legacy system pointed at sqlite:///abacus_replitt.db, or pg_dump --data-only --inserts loaded into "
    "one), run `anzan migrate --database-url sqlite:///abacus_replitt.db`, then point DATABASE_URL at it.";

// Legacy when a `users` table exists without Anzan's `password_hash` column and no migration is
// recorded. Internal when the database cannot be read.
Result<Kind> detect(db::Database& database);

// Takes a verified backup of the file, then, in one SQLite transaction, rebuilds every legacy table
// in Anzan's shape (rows, ids and references kept; instants to UTC; money to paise), opens the points
// ledger with one `opening_balance` entry per user whose legacy log does not add up to the balance,
// fills the leaderboard cache, and records schema version 1. Anything wrong rolls it all back and the
// file is as it was.
// Errors: Conflict for e-mail addresses that differ only in capitals; Invalid for data Anzan cannot
// hold (an unknown role, a timestamp that is not one, a row pointing at a missing parent);
// Unavailable when the backup cannot be written; Internal for anything else (logged).
// REQUIRES: detect(database) == Kind::LegacySqlite, and nothing else writes to the file meanwhile
// (the CLI runs it before it serves or changes anything).
Result<UpgradeReport> upgrade_legacy_sqlite(db::Database& database, const std::string& backup_dir, Instant now);

}  // namespace anzan::legacy
