#include "seasons/reset.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <atomic>
#include <future>

#include "papers/store.hpp"
#include "progress/store.hpp"
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

void append(TableCounts& to, TableCounts from) {
    for (auto& count : from) to.push_back(std::move(count));
}

// The areas' rows in scope, counted: what a reset would change.
Result<TableCounts> count_rows(soci::session& sql, const ResetScope& scope) {
    TableCounts counts = TRY(progress::store::count_in_scope(sql, scope));
    append(counts, TRY(papers::store::count_in_scope(sql, scope)));
    return counts;
}

// The areas' rows in scope, reset by the areas that own them.
Result<TableCounts> reset_rows(soci::session& sql, const ResetScope& scope, const std::string& now,
                               const std::function<void(std::string_view)>& on_step) {
    TableCounts counts = TRY(progress::store::reset_in_scope(sql, scope, now, on_step));
    append(counts, TRY(papers::store::reset_in_scope(sql, scope, on_step)));
    return counts;
}

}  // namespace

std::vector<std::string> backup_verified_tables() {
    std::vector<std::string> tables;
    for (const auto& table : reset_tables()) tables.push_back(table.table);
    tables.emplace_back("seasons");
    return tables;
}

std::vector<ResetTable> reset_tables() {
    std::vector<ResetTable> tables = progress::store::reset_tables();
    for (auto& table : papers::store::reset_tables()) tables.push_back(std::move(table));
    return tables;
}

// The locks a reset holds until it commits or rolls back.
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

// The reset's transaction. On SQLite, when no other table references the tables it empties, it runs
// with foreign keys off: children are deleted before parents, so nothing can be orphaned, and SQLite
// can then drop a whole table's pages at once instead of deleting row by row (several times faster
// on large tables). The connection gets foreign_keys = ON back before it returns to the pool, on
// every path (commit, error, destruction).
class PendingReset::Work {
public:
    static Result<std::unique_ptr<Work>> begin(db::Database& database) {
        auto work = std::unique_ptr<Work>(new Work(TRY(database.begin())));
        if (database.engine() == db::Engine::Sqlite &&
            TRY(store::can_reset_without_foreign_keys(work->sql(), reset_tables()))) {
            work->foreign_keys_off_ = true;  // set first: a failed restart must still restore them
            TRY(store::restart_without_foreign_keys(work->sql()));
        }
        return work;
    }
    ~Work() {
        if (!foreign_keys_off_) return;
        tx_.rollback();  // no-op after a commit
        store::restore_foreign_keys(tx_.sql());
    }
    soci::session& sql() { return tx_.sql(); }
    Result<void> commit() {
        auto committed = tx_.commit();
        if (foreign_keys_off_) store::restore_foreign_keys(tx_.sql());
        foreign_keys_off_ = false;
        return committed;
    }

private:
    explicit Work(db::Transaction tx) : tx_(std::move(tx)) {}
    db::Transaction tx_;
    bool foreign_keys_off_ = false;
};

PendingReset::PendingReset(std::unique_ptr<Locks> locks, std::unique_ptr<Work> work, ResetSummary summary)
    : locks_(std::move(locks)), work_(std::move(work)), summary_(std::move(summary)) {}
PendingReset::PendingReset(PendingReset&&) noexcept = default;
PendingReset::~PendingReset() {
    work_.reset();  // roll back (if still open) before the locks go
    locks_.reset();
}

Result<void> PendingReset::commit() {
    auto committed = work_->commit();
    work_.reset();
    locks_.reset();
    return committed;
}

Result<ResetSummary> dry_run_reset(db::Database& database, const ResetScope& scope) {
    auto session = database.session();
    ResetSummary summary;
    summary.counts = TRY(count_rows(session.sql(), scope));
    return summary;
}

namespace {

// The archive, the deletes and the audit row, inside the open transaction.
Result<void> do_reset(soci::session& sql, const ResetOptions& options, const std::string& now_text,
                      const ResetHooks& hooks, ResetSummary& summary) {
    if (hooks.on_step) hooks.on_step("archiving the season");
    summary.season_name = season_name(now_text, options.scope);
    const store::SeasonRow season{summary.season_name, options.scope, now_text, options.actor, summary.backup_path};
    summary.season_id = TRY(store::insert_season(sql, season));
    summary.standings_archived = TRY(store::archive_standings(sql, *summary.season_id, options.scope));
    summary.counts = TRY(reset_rows(sql, options.scope, now_text, hooks.on_step));
    const store::AuditRow audit{options.actor, "reset_progress", scope_json(options.scope), counts_json(summary.counts),
                                summary.backup_path,
                                "season " + std::to_string(*summary.season_id) + ": " + summary.season_name, now_text};
    TRY(store::insert_audit(sql, audit));
    return {};
}

}  // namespace

Result<PendingReset> prepare_reset(db::Database& database, const ResetOptions& options, const std::string& backup_dir,
                                   Instant now, const ResetHooks& hooks) {
    auto locks = std::make_unique<PendingReset::Locks>();
    TRY(locks->acquire(database));
    const std::string now_text = format_utc(now);
    // SQLite: the write lock is taken first, so the backup (read on its own connection) is exactly
    // the state the reset starts from. PostgreSQL: the advisory lock, then pg_dump.
    auto work = TRY(PendingReset::Work::begin(database));
    if (database.engine() == db::Engine::Postgres && !TRY(store::try_reset_lock(work->sql()))) return already_running();
    ResetSummary summary;
    std::optional<db::PendingBackup> copy;
    if (options.backup == Backup::Yes) {
        if (hooks.on_step) hooks.on_step("writing the backup");
        // Our write transaction is open, so nothing can change while the copy is taken.
        copy.emplace(TRY(db::start_backup(
            {database.url(), backup_dir, now_text, hooks.on_backup, /*writes_blocked=*/true, backup_verified_tables()})));
        summary.backup_path = copy->final_path();
    }
    // The copy is complete; checking it (integrity_check, counts, fsync, rename) runs beside the
    // deletes, and the reset can only be committed once it has passed. Declared after `copy`, so
    // it is joined before the copy goes away.
    std::future<Result<std::string>> verified;
    if (copy) verified = std::async(std::launch::async, [&copy] { return copy->finish(); });
    auto done = do_reset(work->sql(), options, now_text, hooks, summary);
    if (verified.valid()) {
        if (hooks.on_step) hooks.on_step("verifying the backup");
        auto backup = verified.get();
        if (!backup) return backup.release_error();
    }
    if (!done) return done.release_error();
    return PendingReset(std::move(locks), std::move(work), std::move(summary));
}

Result<ResetSummary> run_reset(db::Database& database, const ResetOptions& options, const std::string& backup_dir,
                               Instant now, const ResetHooks& hooks) {
    if (options.dry_run) return dry_run_reset(database, options.scope);
    auto pending = TRY(prepare_reset(database, options, backup_dir, now, hooks));
    TRY(pending.commit());
    return pending.summary();
}

}  // namespace anzan::seasons
