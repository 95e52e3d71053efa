// Every SQL statement on the seasons area's tables (seasons, season_standings, admin_audit_log):
// the reset's locks, the season archive and the audit log (store.cpp), and the read queries
// (store_reads.cpp). The rows a reset deletes belong to progress and papers, whose stores do that. Each function takes the caller's session or
// transaction first and returns our structs; none opens or commits a transaction. Works on SQLite
// and PostgreSQL (where the engines need different SQL, both versions sit side by side).
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <soci/soci.h>

#include "platform/result.hpp"
#include "seasons/types.hpp"

namespace anzan::seasons::store {

// PostgreSQL only: takes the transaction-scoped advisory lock that serialises resets across
// processes. False when another transaction holds it.
Result<bool> try_reset_lock(soci::session& sql);

// SQLite only. True when no table outside `tables` references the ones it empties, so the reset
// may run with foreign keys off without orphaning anything (it deletes children before parents).
Result<bool> can_reset_without_foreign_keys(soci::session& sql, const std::vector<ResetTable>& tables);
// SQLite only. Ends the (still empty) write transaction, turns foreign keys off on this connection
// and starts a new write transaction. REQUIRES: the caller still holds the in-process writer lock.
Result<void> restart_without_foreign_keys(soci::session& sql);
// SQLite only. Turns foreign keys back on; outside a transaction. Logs instead of failing.
void restore_foreign_keys(soci::session& sql) noexcept;

// Inserts the `seasons` row closing the current season; its start is the end of the previous season
// covering this scope, or the first user's creation. Returns the new id.
struct SeasonRow {
    std::string name;
    ResetScope scope;
    std::string ended_at;  // storage text
    Actor actor;
    std::optional<std::string> backup_path;
};
Result<long long> insert_season(soci::session& sql, const SeasonRow& row);
// Copies the final standings of every student in scope into `season_standings` with one
// INSERT … SELECT (competition ranks, ties broken by lower user id). Returns the rows written.
Result<long long> archive_standings(soci::session& sql, long long season_id, const ResetScope& scope);

struct AuditRow {
    Actor actor;
    std::string action;
    std::optional<std::string> scope_json, counts_json, backup_path, detail;
    std::string created_at;
};
Result<long long> insert_audit(soci::session& sql, const AuditRow& row);

// Newest first.
Result<std::vector<Season>> list_seasons(soci::session& sql);
Result<std::optional<Season>> find_season(soci::session& sql, long long season_id);
// Ordered by rank, then user id.
Result<std::vector<Standing>> season_standings(soci::session& sql, long long season_id);
Result<std::vector<AuditEntry>> audit_page(soci::session& sql, long long limit);

// For `anzan check`: one sentence per kind of seasons row whose parent row is gone.
Result<std::vector<std::string>> integrity_problems(soci::session& sql);


}  // namespace anzan::seasons::store
