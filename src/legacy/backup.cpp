#include "legacy/backup.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <memory>
#include <spdlog/spdlog.h>

#include "legacy/sqlite.hpp"
#include "seasons/rules.hpp"

namespace anzan::legacy {
namespace {
namespace fs = std::filesystem;

Error backup_failed(const std::string& why) {
    spdlog::error("legacy backup failed: {}", why);
    return Error::unavailable("The backup of the legacy database could not be written (" + why +
                              "), so it was not upgraded");
}

fs::path unused_name(const fs::path& dir, const std::string& base, Instant now) {
    const std::string stem = base + ".backup-" + seasons::backup_stamp(format_utc(now));
    std::error_code ec;
    const fs::path absolute_dir = fs::absolute(dir.empty() ? fs::path(".") : dir, ec).lexically_normal();
    fs::path candidate = absolute_dir / stem;
    for (int n = 2; fs::exists(candidate) || fs::exists(candidate.string() + ".partial"); ++n)
        candidate = absolute_dir / (stem + "-" + std::to_string(n));
    return candidate;
}

Result<void> fsync_path(const fs::path& path, int flags) {
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0) return backup_failed("cannot reopen the backup");
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0) return backup_failed("cannot flush the backup to disk");
    return {};
}

Result<void> copy_and_verify(const std::string& db_path, const std::string& partial) {
    auto source = SqliteConnection::open(db_path, SQLITE_OPEN_READONLY);
    if (!source) return backup_failed(source.error().detail);
    auto copy = SqliteConnection::open(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!copy) return backup_failed(copy.error().detail);
    sqlite3_backup* backup = sqlite3_backup_init(copy->handle(), "main", source->handle(), "main");
    if (!backup) return backup_failed(sqlite3_errmsg(copy->handle()));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) return backup_failed(sqlite3_errstr(rc));
    // A standalone file: no -wal/-shm companions needed to open it.
    if (auto mode = copy->exec("PRAGMA journal_mode = DELETE"); !mode) return backup_failed(mode.error().detail);
    auto check = copy->text("PRAGMA integrity_check");
    if (!check) return backup_failed(check.error().detail);
    if (*check != "ok") return backup_failed("the copy failed its integrity check: " + *check);
    auto copied = copy->text("SELECT COUNT(*) FROM users");
    auto original = source->text("SELECT COUNT(*) FROM users");
    if (!copied || !original || *copied != *original) return backup_failed("the copy's users differ from the database's");
    return {};
}

}  // namespace

Result<std::string> write_verified_backup(const std::string& db_path, const std::string& backup_dir, Instant now) {
    const fs::path source = db_path;
    const fs::path dir = backup_dir.empty() ? source.parent_path() : fs::path(backup_dir);
    std::error_code ec;
    if (!fs::is_directory(dir.empty() ? fs::path(".") : dir, ec))
        return backup_failed("the backup directory " + dir.string() + " does not exist; set BACKUP_DIR");
    const fs::path final_path = unused_name(dir, source.filename().string(), now);
    const fs::path partial = final_path.string() + ".partial";
    if (auto copied = copy_and_verify(db_path, partial.string()); !copied) {
        fs::remove(partial, ec);
        return copied.release_error();
    }
    if (auto synced = fsync_path(partial, O_RDONLY); !synced) {
        fs::remove(partial, ec);
        return synced.release_error();
    }
    fs::rename(partial, final_path, ec);
    if (ec) {
        fs::remove(partial, ec);
        return backup_failed("cannot rename the finished backup: " + ec.message());
    }
    TRY(fsync_path(final_path.parent_path(), O_RDONLY | O_DIRECTORY));
    return final_path.string();
}

}  // namespace anzan::legacy
