#include "platform/db/backup.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <memory>
#include <spdlog/spdlog.h>

#include "platform/db/process.hpp"
#include "platform/db/sqlite_file.hpp"

namespace anzan::db {
namespace {
namespace fs = std::filesystem;

constexpr int kPagesPerStep = 4096;  // ~16 MB at 4 KiB pages: progress ticks without slowing the copy

Error backup_failed(const std::string& why) {
    spdlog::error("backup failed: {}", why);
    return Error::unavailable("The backup could not be written (" + why + "), so nothing was changed");
}

// Opens a file for the backup, with backup wording on failure.
Result<SqliteConnection> open_sqlite(const std::string& path, int flags) {
    auto connection = SqliteConnection::open(path, flags);
    if (!connection) return backup_failed(connection.error().detail);
    return connection;
}

Result<void> exec(const SqliteConnection& db, const char* sql) {
    auto done = db.exec(sql);
    if (!done) return backup_failed(done.error().detail);
    return {};
}

Result<std::string> query_text(const SqliteConnection& db, const std::string& sql) {
    auto text = db.text(sql);
    if (!text) return backup_failed(text.error().detail);
    return text;
}

// The row count of each table to compare, as text, in the order given.
Result<std::vector<std::string>> table_counts(const SqliteConnection& db, const std::vector<std::string>& tables) {
    std::vector<std::string> counts;
    // Table names come from the areas' own lists, never from input.
    for (const auto& table : tables) counts.push_back(TRY(query_text(db, "SELECT COUNT(*) FROM " + table)));
    return counts;
}

Result<void> copy_pages(sqlite3* from, sqlite3* to, const BackupProgress& progress) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) return backup_failed(sqlite3_errmsg(to));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (progress) progress(sqlite3_backup_pagecount(backup) - sqlite3_backup_remaining(backup),
                               sqlite3_backup_pagecount(backup));
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) return backup_failed(sqlite3_errstr(rc));
    return {};
}

Result<void> fsync_path(const fs::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return backup_failed(std::string("cannot reopen the backup: ") + std::strerror(errno));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0) return backup_failed(std::string("cannot flush the backup to disk: ") + std::strerror(errno));
    return {};
}

// Makes the verified temporary file durable, then gives it its final name.
Result<void> publish(const fs::path& partial, const fs::path& final_path) {
    TRY(fsync_path(partial, O_RDONLY));
    std::error_code ec;
    fs::rename(partial, final_path, ec);
    if (ec) return backup_failed("cannot rename the finished backup: " + ec.message());
    TRY(fsync_path(final_path.parent_path().empty() ? fs::path(".") : final_path.parent_path(), O_RDONLY | O_DIRECTORY));
    return {};
}

// `<dir>/<base>.backup-YYYYMMDD-HHMMSS<ext>`, with -2, -3 … if a backup already took that second.
fs::path unused_name(const fs::path& dir, const std::string& base, const std::string& now_utc, const std::string& ext) {
    const std::string stem = base + ".backup-" + backup_stamp(now_utc);
    // Absolute: the path is printed, archived and audited, and must mean the same file later.
    std::error_code ec;
    const fs::path absolute_dir = fs::absolute(dir.empty() ? fs::path(".") : dir, ec).lexically_normal();
    fs::path candidate = absolute_dir / (stem + ext);
    for (int n = 2; fs::exists(candidate) || fs::exists(candidate.string() + ".partial"); ++n)
        candidate = absolute_dir / (stem + "-" + std::to_string(n) + ext);
    return candidate;
}

Result<fs::path> backup_directory(const std::string& configured, const fs::path& fallback) {
    const fs::path dir = configured.empty() ? fallback : fs::path(configured);
    std::error_code ec;
    if (!fs::is_directory(dir.empty() ? fs::path(".") : dir, ec))
        return backup_failed("the backup directory " + dir.string() + " does not exist; set BACKUP_DIR");
    return dir;
}

// True when every committed page is in the main database file: the WAL is empty or fully
// checkpointed. A PASSIVE checkpoint needs no lock and, with writers blocked, backfills every frame
// unless a long-running reader still needs an old one.
// The connection must have read the database first: until then it does not know the file is in WAL
// mode, and the checkpoint reports -1/-1 ("not WAL") without copying a single frame.
bool checkpointed(const SqliteConnection& db) {
    if (!db.text("SELECT COUNT(*) FROM sqlite_master")) return false;
    int log_frames = -1, done_frames = -1;
    const int rc = sqlite3_wal_checkpoint_v2(db.handle(), "main", SQLITE_CHECKPOINT_PASSIVE, &log_frames, &done_frames);
    return rc == SQLITE_OK && log_frames >= 0 && log_frames == done_frames;
}

// Copies the main database file as bytes (copy_file_range: as fast as `cp`, no page-by-page
// work). Only valid while no one can write (see BackupRequest::writes_blocked) and after a full
// checkpoint. The header is then marked rollback-journal (bytes 18-19 = 1), what
// `PRAGMA journal_mode = DELETE` would write, so the file opens without -wal/-shm companions.
Result<void> copy_file_bytes(const fs::path& from, const fs::path& to, const BackupProgress& progress) {
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) return backup_failed(std::string("cannot read the database file: ") + std::strerror(errno));
    const int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (out < 0) {
        ::close(in);
        return backup_failed(std::string("cannot create the backup file: ") + std::strerror(errno));
    }
    struct stat info {};
    ::fstat(in, &info);
    long long copied = 0;
    int error = 0;
    std::vector<char> buffer;  // only for the read/write fallback
    while (copied < info.st_size) {
        const size_t want = static_cast<size_t>(std::min<long long>(info.st_size - copied, 64LL << 20));
        loff_t in_offset = copied, out_offset = copied;
        ssize_t n = ::copy_file_range(in, &in_offset, out, &out_offset, want, 0);
        if (n < 0 && (errno == EXDEV || errno == EINVAL || errno == EOPNOTSUPP || errno == ENOSYS)) {
            // Another file system (or an old kernel): plain reads and writes.
            buffer.resize(1 << 20);
            n = ::pread(in, buffer.data(), std::min(want, buffer.size()), copied);
            if (n > 0 && ::pwrite(out, buffer.data(), static_cast<size_t>(n), copied) != n) n = -1;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) { error = n < 0 ? errno : EIO; break; }
        copied += n;
        if (progress) progress(copied, info.st_size);
    }
    const unsigned char rollback_mode[2] = {1, 1};
    if (error == 0 && copied >= 20 && ::pwrite(out, rollback_mode, 2, 18) != 2) error = errno;
    // Start writing the copy to disk now, while it is being verified; the fsync before the rename
    // then has little left to wait for. Only a hint: a failure here changes nothing.
    if (error == 0) ::sync_file_range(out, 0, 0, SYNC_FILE_RANGE_WRITE);
    ::close(in);
    if (::close(out) != 0 && error == 0) error = errno;
    if (error != 0) return backup_failed(std::string("cannot write the backup file: ") + std::strerror(error));
    return {};
}

Result<PendingBackup> backup_sqlite(const BackupRequest& request) {
    const fs::path source_path = request.url.sqlite_path;
    const fs::path dir = TRY(backup_directory(request.backup_dir, source_path.parent_path()));
    const fs::path final_path = unused_name(dir, source_path.filename().string(), request.now_utc, "");
    const fs::path partial = final_path.string() + ".partial";
    // Until the copy is handed over, an error removes the temporary file.
    PendingBackup pending(Engine::Sqlite, partial.string(), final_path.string());
    auto source = TRY(open_sqlite(source_path, SQLITE_OPEN_READWRITE));
    const bool whole_file = request.writes_blocked && checkpointed(source);
    // One read transaction: the counts and the copied pages come from the same snapshot.
    TRY(exec(source, "BEGIN"));
    auto counts = TRY(table_counts(source, request.verified_tables));
    if (whole_file) {
        TRY(copy_file_bytes(source_path, partial, request.progress));
    } else {
        auto copy = TRY(open_sqlite(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
        // A temporary file needs no journal; durability comes from the fsync before the rename.
        TRY(exec(copy, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF"));
        TRY(copy_pages(source.handle(), copy.handle(), request.progress));
        // The copied header says WAL (the source's mode): a standalone backup file should open
        // without -wal/-shm companions, so it becomes a rollback-journal database.
        TRY(exec(copy, "PRAGMA journal_mode = DELETE"));
    }
    (void)source.exec("COMMIT");
    pending.set_counts(request.verified_tables, std::move(counts));
    return pending;
}

Result<void> verify_sqlite_copy(const std::string& partial, const std::vector<std::string>& tables,
                                const std::vector<std::string>& source_counts) {
    auto copy = TRY(open_sqlite(partial, SQLITE_OPEN_READONLY));
    // Read through a memory map rather than a read() call per page: a third less time here.
    TRY(exec(copy, "PRAGMA mmap_size = 2147418112"));
    const std::string check = TRY(query_text(copy, "PRAGMA integrity_check"));
    if (check != "ok") return backup_failed("the copy failed its integrity check: " + check);
    if (TRY(table_counts(copy, tables)) != source_counts) return backup_failed("the copy's row counts differ from the database's");
    return {};
}

std::map<std::string, std::string> pg_env(const DatabaseUrl& url) {
    std::map<std::string, std::string> env;
    if (!url.pg_password.empty()) env["PGPASSWORD"] = url.pg_password;
    return env;
}

std::vector<std::string> pg_connection_args(const DatabaseUrl& url) {
    std::vector<std::string> args = {"--host=" + url.pg_host, "--port=" + url.pg_port, "--dbname=" + url.pg_dbname};
    if (!url.pg_user.empty()) args.push_back("--username=" + url.pg_user);
    args.push_back("--no-password");
    return args;
}

std::string first_line(std::string text) {
    const auto end = text.find('\n');
    if (end != std::string::npos) text.resize(end);
    return text.empty() ? "no message" : text;
}

Result<PendingBackup> backup_postgres(const BackupRequest& request) {
    const fs::path dir = TRY(backup_directory(request.backup_dir, fs::path(".")));
    const fs::path final_path = unused_name(dir, request.url.pg_dbname, request.now_utc, ".dump");
    PendingBackup pending(Engine::Postgres, final_path.string() + ".partial", final_path.string());
    std::vector<std::string> dump = {"pg_dump", "--format=custom", "--file=" + final_path.string() + ".partial"};
    for (auto& arg : pg_connection_args(request.url)) dump.push_back(arg);
    const auto dumped = run_process(dump, pg_env(request.url));
    if (dumped.exit_status != 0) return backup_failed("pg_dump failed: " + first_line(dumped.error_output));
    return pending;
}

}  // namespace

std::string backup_stamp(std::string_view at_utc) {
    std::string stamp;
    for (char c : at_utc.substr(0, 19)) {
        if (c >= '0' && c <= '9') stamp += c;
        if (stamp.size() == 8 && (c == ' ' || c == 'T')) stamp += '-';
    }
    return stamp;
}

PendingBackup::PendingBackup(Engine engine, std::string partial, std::string final_path)
    : engine_(engine), partial_(std::move(partial)), final_path_(std::move(final_path)) {
    lock_fd_ = ::open(partial_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lock_fd_ >= 0) ::flock(lock_fd_, LOCK_EX | LOCK_NB);
}

PendingBackup::PendingBackup(PendingBackup&& other) noexcept
    : engine_(other.engine_), partial_(std::move(other.partial_)), final_path_(std::move(other.final_path_)),
      tables_(std::move(other.tables_)), counts_(std::move(other.counts_)), done_(other.done_),
      lock_fd_(other.lock_fd_) {
    other.done_ = true;
    other.lock_fd_ = -1;
}

void PendingBackup::release_lock() {
    if (lock_fd_ >= 0) ::close(lock_fd_);
    lock_fd_ = -1;
}

int remove_stale_partials(const std::string& dir) {
    int removed = 0;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir.empty() ? fs::path(".") : fs::path(dir), ec)) {
        const std::string name = entry.path().filename().string();
        if (name.find(".backup-") == std::string::npos || !name.ends_with(".partial")) continue;
        const int fd = ::open(entry.path().c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0) continue;
        // A running backup holds its lock: only an orphan can be locked here.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            std::error_code remove_ec;
            if (fs::remove(entry.path(), remove_ec)) {
                spdlog::warn("removed {}, left by a backup that did not finish", entry.path().string());
                ++removed;
            }
        }
        ::close(fd);
    }
    return removed;
}

PendingBackup::~PendingBackup() {
    if (!done_) {
        std::error_code ec;
        fs::remove(partial_, ec);
    }
    release_lock();
}

Result<std::string> PendingBackup::finish() {
    done_ = true;
    auto verified = [&]() -> Result<void> {
        if (engine_ == Engine::Sqlite) return verify_sqlite_copy(partial_, tables_, counts_);
        const auto listed = run_process({"pg_restore", "--list", partial_}, {});
        if (listed.exit_status != 0) return backup_failed("the dump does not read back: " + first_line(listed.error_output));
        return {};
    }();
    if (verified) verified = publish(partial_, final_path_);
    if (!verified) {
        std::error_code ec;
        fs::remove(partial_, ec);
    }
    release_lock();
    if (!verified) return verified.release_error();
    return final_path_;
}

Result<PendingBackup> start_backup(const BackupRequest& request) {
    const std::string dir = request.backup_dir.empty() && request.url.engine == Engine::Sqlite
                                ? fs::path(request.url.sqlite_path).parent_path().string()
                                : request.backup_dir;
    remove_stale_partials(dir);
    if (request.url.engine == Engine::Sqlite) return backup_sqlite(request);
    return backup_postgres(request);
}

Result<std::string> write_backup(const BackupRequest& request) {
    auto pending = TRY(start_backup(request));
    return pending.finish();
}

Result<void> restore_backup(const DatabaseUrl& url, const std::string& file, const BackupProgress& progress) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return Error::not_found("No backup file at " + file);
    if (url.engine == Engine::Postgres) {
        const auto listed = run_process({"pg_restore", "--list", file}, {});
        if (listed.exit_status != 0) return Error::invalid("This is not a PostgreSQL backup: " + first_line(listed.error_output));
        std::vector<std::string> args = {"pg_restore", "--clean", "--if-exists", "--single-transaction", "--no-owner"};
        for (auto& arg : pg_connection_args(url)) args.push_back(arg);
        args.push_back(file);
        const auto restored = run_process(args, pg_env(url));
        if (restored.exit_status != 0)
            return Error::unavailable("pg_restore failed, nothing was changed: " + first_line(restored.error_output));
        return {};
    }
    auto backup = SqliteConnection::open(file, SQLITE_OPEN_READONLY);
    if (!backup) return Error::invalid("This file cannot be opened as a backup");
    auto check = backup->text("PRAGMA integrity_check");
    if (!check || *check != "ok") return Error::invalid("This file is not an intact SQLite backup");
    auto live = SqliteConnection::open(url.sqlite_path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!live) return Error::unavailable("The database cannot be opened for the restore");
    auto copied = copy_pages(backup->handle(), live->handle(), progress);
    if (!copied) return Error::unavailable("The restore failed: " + copied.error().detail);
    auto after = live->text("PRAGMA integrity_check");
    if (!after || *after != "ok") return Error::internal("The restored database failed its integrity check");
    return {};
}

}  // namespace anzan::db
