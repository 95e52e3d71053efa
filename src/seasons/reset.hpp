// The progress reset engine, shared by `anzan reset-progress` and POST
// /api/users/admin/reset-progress (one code path).
// Promises:
//   - all or nothing: the season archive, the deletes, the zeroed columns and the audit entry are
//     one transaction; a crash or an error at any point leaves the database as it was;
//   - nothing changes before the verified backup exists (unless Backup::No);
//   - one reset at a time: a second one, in this process or another, fails with Conflict
//     (an in-process flag, plus a lock file beside a SQLite database or a PostgreSQL advisory lock);
//   - afterwards every user's balance equals their ledger sum (both zero in scope), so `anzan check`
//     passes.
// Thread-safe. Reads elsewhere continue while a reset runs (SQLite WAL / PostgreSQL MVCC); other
// writers wait for the commit.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "platform/db/database.hpp"
#include "platform/time.hpp"
#include "platform/db/backup.hpp"
#include "seasons/types.hpp"

namespace anzan::seasons {

// Progress callbacks for long steps; both optional, called on the resetting thread.
struct ResetHooks {
    std::function<void(std::string_view label)> on_step;  // "writing the backup", "deleting attempts" …
    db::BackupProgress on_backup;
};

// A reset whose work is done in an open transaction, waiting to be committed: the CLI prints the
// guide's step lines from `summary()` and then commits. Rolls back when destroyed uncommitted.
class PendingReset {
public:
    PendingReset(PendingReset&&) noexcept;
    PendingReset& operator=(PendingReset&&) = delete;
    ~PendingReset();
    const ResetSummary& summary() const { return summary_; }
    // Makes the reset permanent. Internal/Unavailable when the commit fails (nothing changed then).
    Result<void> commit();

    struct Locks;
    class Work;

private:
    friend Result<PendingReset> prepare_reset(db::Database&, const ResetOptions&, const std::string&, Instant,
                                              const ResetHooks&);
    PendingReset(std::unique_ptr<Locks> locks, std::unique_ptr<Work> work, ResetSummary summary);
    // Declared before the work so they are released after it: roll back, then unlock.
    std::unique_ptr<Locks> locks_;
    std::unique_ptr<Work> work_;
    ResetSummary summary_;
};

// The tables a reset changes, from the areas that own them (progress, papers), in the order it
// changes them. The backup's row-count check and the foreign-key check use this list.
std::vector<ResetTable> reset_tables();

// The tables a backup must copy with exactly the source's row counts: everything a reset changes,
// and the season archive.
std::vector<std::string> backup_verified_tables();

// Counts what a reset of `scope` would change; changes nothing, takes no lock.
Result<ResetSummary> dry_run_reset(db::Database& database, const ResetScope& scope);

// Takes the reset locks, writes the backup (unless Backup::No), archives the season and runs the
// deletes and updates inside one transaction, left open for `commit`.
// Conflict: another reset is running. Unavailable: the backup failed or the database is busy.
// REQUIRES: !options.dry_run; the calling thread holds no other transaction of `database`.
Result<PendingReset> prepare_reset(db::Database& database, const ResetOptions& options, const std::string& backup_dir,
                                   Instant now, const ResetHooks& hooks);

// prepare_reset + commit, or dry_run_reset when options.dry_run.
Result<ResetSummary> run_reset(db::Database& database, const ResetOptions& options, const std::string& backup_dir,
                               Instant now, const ResetHooks& hooks = {});

}  // namespace anzan::seasons
