#include "seasons/reset.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <atomic>

#include "seasons/json.hpp"
#include "seasons/rules.hpp"
#include "seasons/store.hpp"

namespace anzan::seasons {
namespace {

// Set while a reset runs in this process (a second request gets Conflict at once instead of
// queueing behind the writer lock).
std::atomic<bool> g_reset_running{false};

Error already_running() {
    return Error::conflict("Another progress reset is running; wait for it to finish and try again");
}

}  // namespace

// The locks a reset holds until it commits or rolls back, released in reverse order.
struct PendingReset::Locks {
    bool flag_held = false;
    int lock_fd = -1;  // SQLite: flock on `<db>.reset-lock`; the kernel drops it if the process dies

    ~Locks() {
        if (lock_fd >= 0) ::close(lock_fd);
        if (flag_held) g_reset_running.store(false);
    }

    Result<void> acquire(const db::Database& database) {
        bool expected = false;
        if (!g_reset_running.compare_exchange_strong(expected, true)) return already_running();
        flag_held = true;
        if (database.engine() != db::Engine::Sqlite) return {};  // PostgreSQL: advisory lock, in the transaction
        const std::string path = database.url().sqlite_path + ".reset-lock";
        lock_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (lock_fd < 0) return Error::unavailable("Cannot create the reset lock file beside the database");
        if (::flock(lock_fd, LOCK_EX | LOCK_NB) != 0) return already_running();
        return {};
    }
};

PendingReset::PendingReset(db::Transaction tx, std::unique_ptr<Locks> locks, ResetSummary summary)
    : locks_(std::move(locks)), tx_(std::move(tx)), summary_(std::move(summary)) {}
PendingReset::PendingReset(PendingReset&&) noexcept = default;
PendingReset::~PendingReset() = default;

Result<void> PendingReset::commit() {
    auto committed = tx_.commit();
    locks_.reset();
    return committed;
}

Result<ResetSummary> dry_run_reset(db::Database& database, const ResetScope& scope) {
    auto session = database.session();
    ResetSummary summary;
    static_cast<ResetCounts&>(summary) = TRY(store::count_progress(session.sql(), scope));
    return summary;
}

Result<PendingReset> prepare_reset(db::Database& database, const ResetOptions& options, const std::string& backup_dir,
                                   Instant now, const ResetHooks& hooks) {
    auto locks = std::make_unique<PendingReset::Locks>();
    TRY(locks->acquire(database));
    const std::string now_text = format_utc(now);
    auto step = [&](std::string_view label) { if (hooks.on_step) hooks.on_step(label); };
    // SQLite: the write lock is taken first, so the backup (read from its own connection) is
    // exactly the state the reset starts from. PostgreSQL: the advisory lock, then pg_dump.
    auto tx = TRY(database.begin());
    if (database.engine() == db::Engine::Postgres && !TRY(store::try_reset_lock(tx.sql()))) return already_running();
    ResetSummary summary;
    if (options.backup == Backup::Yes) {
        step("writing the backup");
        summary.backup_path = TRY(write_backup({database.url(), backup_dir, now_text, hooks.on_backup}));
    }
    step("archiving the season");
    summary.season_name = season_name(now_text, options.scope);
    const store::SeasonRow season{summary.season_name, options.scope, now_text, options.actor, summary.backup_path};
    summary.season_id = TRY(store::insert_season(tx.sql(), season));
    summary.standings_archived = TRY(store::archive_standings(tx.sql(), *summary.season_id, options.scope));
    static_cast<ResetCounts&>(summary) = TRY(store::reset_progress(tx.sql(), options.scope, now_text, hooks.on_step));
    const store::AuditRow audit{options.actor, "reset_progress", scope_json(options.scope), counts_json(summary),
                                summary.backup_path, "season " + std::to_string(*summary.season_id) + ": " + summary.season_name,
                                now_text};
    TRY(store::insert_audit(tx.sql(), audit));
    return PendingReset(std::move(tx), std::move(locks), std::move(summary));
}

Result<ResetSummary> run_reset(db::Database& database, const ResetOptions& options, const std::string& backup_dir,
                               Instant now, const ResetHooks& hooks) {
    if (options.dry_run) return dry_run_reset(database, options.scope);
    auto pending = TRY(prepare_reset(database, options, backup_dir, now, hooks));
    TRY(pending.commit());
    return pending.summary();
}

}  // namespace anzan::seasons
