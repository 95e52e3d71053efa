// The database: a pool of SOCI sessions over SQLite or PostgreSQL with one code path.
// Thread-safe: any thread may lease a session or begin a transaction. SQLite allows one writer at a
// time, so write transactions there are serialised by `write_mutex_` and start with BEGIN IMMEDIATE
// (no lock upgrade deadlocks); reads run concurrently thanks to WAL.
#pragma once
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include <soci/soci.h>

#include "platform/db/database_url.hpp"
#include "platform/db/prepared.hpp"
#include "platform/result.hpp"

namespace anzan::db {

// A leased connection; goes back to the pool when destroyed. `sql()` is the pooled session itself,
// so statements cached in `prepared()` stay valid for the connection's lifetime.
class Session {
public:
    Session(soci::connection_pool& pool, std::vector<PreparedStatements>& prepared)
        : pool_(&pool), position_(pool.lease()), prepared_(&prepared[position_]) {}
    Session(Session&& other) noexcept
        : pool_(std::exchange(other.pool_, nullptr)), position_(other.position_), prepared_(other.prepared_) {}
    Session& operator=(Session&&) = delete;
    ~Session() {
        if (pool_) pool_->give_back(position_);
    }
    soci::session& sql() { return pool_->at(position_); }
    PreparedStatements& prepared() { return *prepared_; }

private:
    soci::connection_pool* pool_;
    size_t position_;
    PreparedStatements* prepared_;
};

// A write transaction. Rolls back in its destructor unless `commit` succeeded.
class Transaction {
public:
    Transaction(Session session, std::unique_lock<std::mutex> writer_lock);
    Transaction(Transaction&& other) noexcept
        : session_(std::move(other.session_)), writer_lock_(std::move(other.writer_lock_)), open_(other.open_) {
        other.open_ = false;
    }
    Transaction& operator=(Transaction&&) = delete;
    ~Transaction();
    soci::session& sql() { return session_.sql(); }
    // The transaction's connection with its prepared statements (reads that are also per-request).
    Session& session() { return session_; }
    Result<void> commit();
    void rollback();

private:
    Session session_;
    std::unique_lock<std::mutex> writer_lock_;  // held for SQLite only
    bool open_ = true;
};

class Database {
public:
    // Opens `pool_size` connections and applies the per-connection settings (SQLite: WAL, foreign
    // keys, busy timeout). Unavailable with the driver's reason when the database cannot be reached.
    static Result<std::shared_ptr<Database>> open(const DatabaseUrl& url, size_t pool_size);
    Database(const DatabaseUrl& url, size_t pool_size) : url_(url), pool_(pool_size), prepared_(pool_size) {}

    Engine engine() const { return url_.engine; }
    const DatabaseUrl& url() const { return url_; }
    Session session() { return Session(pool_, prepared_); }
    // REQUIRES: the calling thread holds no other Transaction of this Database (SQLite would deadlock).
    Result<Transaction> begin();
    // "SELECT 1" on a pooled connection; false when the database is gone.
    bool ping();

private:
    DatabaseUrl url_;
    soci::connection_pool pool_;
    std::vector<PreparedStatements> prepared_;  // one per pooled connection, same index
    std::mutex write_mutex_;  // SQLite's single writer
};

// Process-wide SQLite settings; call once at start-up, before any database is opened. Turns off
// SQLite's allocation statistics, whose global mutex otherwise serialises every statement prepare
// across the worker threads (measured: a third of GET /api/users/me under load).
void configure_sqlite_library();

// Turns a SOCI/driver exception into an Error for the caller, logging the original text.
Error database_error(const std::exception& e, const char* what);
// True when a SOCI/driver exception is a unique-index violation (SQLite "UNIQUE constraint
// failed", PostgreSQL "duplicate key value violates unique constraint"): a conflict to answer with
// 409, not a 500.
bool is_unique_violation(const std::exception& e);

}  // namespace anzan::db
