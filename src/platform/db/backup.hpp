// Verified backups and restores of the whole database, used before every reset, by
// `anzan backup` / `anzan restore`, and before a legacy database is upgraded.
// Promises: a backup exists under its final name only once it is complete, verified and on disk
// (it is written as `<final>.partial`, checked, fsynced, then renamed); a failure leaves no file
// under the final name and says why in words an operator can act on.
//   SQLite:     the online backup API (or, while the caller blocks writers, a byte copy of the
//               checkpointed file) into `<db file>.backup-YYYYMMDD-HHMMSS` (beside the database,
//               or in BACKUP_DIR); verified by PRAGMA integrity_check and by the row counts of the
//               tables the caller names, compared with the source's counts from the same snapshot.
//   PostgreSQL: `pg_dump --format=custom` into `<dbname>.backup-YYYYMMDD-HHMMSS.dump` in BACKUP_DIR
//               (default: the working directory); verified by `pg_restore --list`.
// Thread-safe; each call uses its own connection or child process.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include <string_view>

#include "platform/db/database_url.hpp"
#include "platform/result.hpp"

namespace anzan::db {

// "20261126-081034" from the storage text "2026-11-26 08:10:34": the stamp in backup file names.
std::string backup_stamp(std::string_view at_utc);

// Pages (SQLite) copied so far and in total; called from the copying thread.
using BackupProgress = std::function<void(long long done, long long total)>;

struct BackupRequest {
    DatabaseUrl url;
    std::string backup_dir;  // empty: beside the SQLite file / the working directory
    std::string now_utc;     // storage text; names the file
    BackupProgress progress;
    // SQLite: the caller holds the database's write lock for the whole call (the reset does), so
    // after a full checkpoint the database file can be copied as bytes instead of page by page.
    // False: the online backup API, while other connections keep writing.
    bool writes_blocked = false;
    // SQLite: tables whose row counts the copy must match (the source's, same snapshot).
    std::vector<std::string> verified_tables;
};

// A backup copied to its temporary file but not yet verified. `finish` verifies it, makes it
// durable and gives it its final name; it may run on another thread (the reset verifies while it
// deletes, and commits only after `finish` succeeded). Dropped unfinished: the temporary file goes.
class PendingBackup {
public:
    // Creates the temporary file and holds an advisory lock on it until the backup is finished
    // or dropped, so another backup can tell a live temporary file from one a killed process left.
    PendingBackup(Engine engine, std::string partial, std::string final_path);
    PendingBackup(PendingBackup&& other) noexcept;
    PendingBackup& operator=(PendingBackup&&) = delete;
    ~PendingBackup();
    const std::string& final_path() const { return final_path_; }
    // Unavailable with the reason when the copy does not verify; the temporary file is removed then.
    Result<std::string> finish();
    // SQLite: the source's row counts of `tables` at the copied snapshot, which `finish` compares.
    void set_counts(std::vector<std::string> tables, std::vector<std::string> counts) {
        tables_ = std::move(tables);
        counts_ = std::move(counts);
    }

private:
    void release_lock();

    Engine engine_;
    std::string partial_, final_path_;
    std::vector<std::string> tables_, counts_;
    bool done_ = false;
    int lock_fd_ = -1;  // flock(LOCK_EX) on the temporary file while this object owns it
};

// Removes temporary backup files in `dir` that no running backup holds (left by a killed one).
// Returns how many it removed.
int remove_stale_partials(const std::string& dir);

// Copies the database to a temporary file beside the final name (SQLite: the online backup API,
// one read snapshot; PostgreSQL: pg_dump). Unavailable with the reason when it cannot (disk full,
// directory missing, pg_dump not installed …).
Result<PendingBackup> start_backup(const BackupRequest& request);

// start_backup + finish: writes and verifies a backup; returns its path.
Result<std::string> write_backup(const BackupRequest& request);

// Replaces the live database's content with a backup file after checking the file. SQLite: the
// backup API copies the file into the live database (stop the server first); PostgreSQL:
// pg_restore --clean --if-exists --single-transaction. NotFound when the file is missing, Invalid
// when it is not a usable backup, Unavailable when the restore itself fails.
Result<void> restore_backup(const DatabaseUrl& url, const std::string& file, const BackupProgress& progress);

}  // namespace anzan::db
