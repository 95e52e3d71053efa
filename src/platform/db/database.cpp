#include "platform/db/database.hpp"

#include <soci/sqlite3/soci-sqlite3.h>
#include <spdlog/spdlog.h>

namespace anzan::db {

Transaction::Transaction(Session session, std::unique_lock<std::mutex> writer_lock)
    : session_(std::move(session)), writer_lock_(std::move(writer_lock)) {}

Transaction::~Transaction() {
    if (open_) rollback();
}

Result<void> Transaction::commit() {
    try {
        session_.sql() << "COMMIT";
        open_ = false;
        if (writer_lock_.owns_lock()) writer_lock_.unlock();
        return {};
    } catch (const std::exception& e) {
        rollback();
        return database_error(e, "commit");
    }
}

void Transaction::rollback() {
    if (!open_) return;
    open_ = false;
    try {
        session_.sql() << "ROLLBACK";
    } catch (const std::exception& e) {
        spdlog::warn("rollback failed: {}", e.what());
    }
    if (writer_lock_.owns_lock()) writer_lock_.unlock();
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseUrl& url, size_t pool_size) {
    auto database = std::make_shared<Database>(url, pool_size);
    try {
        for (size_t i = 0; i < pool_size; ++i) {
            soci::session& session = database->pool_.at(i);
            if (url.engine == Engine::Sqlite) {
                session.open("sqlite3", url.connect_string);  // backend loaded by name
                // busy_timeout first: the WAL switch itself needs the lock.
                session << "PRAGMA busy_timeout = 10000";
                session << "PRAGMA foreign_keys = ON";
                if (i == 0) session << "PRAGMA journal_mode = WAL";
                session << "PRAGMA synchronous = NORMAL";
                session << "PRAGMA secure_delete = FAST";
                // Reads straight from the OS page cache, shared by every connection, instead of a
                // pread into each connection's own small cache: a dashboard read touches pages of
                // many tables, and students arrive in no order.
                session << "PRAGMA mmap_size = 1073741824";
                // Fails with "file is not a database" on a corrupt or foreign file.
                int tables = 0;
                session << "SELECT count(*) FROM sqlite_master", soci::into(tables);
            } else {
                session.open("postgresql", url.connect_string);
                session << "SET TIME ZONE 'UTC'";
            }
        }
    } catch (const std::exception& e) {
        return Error::unavailable(e.what());
    }
    return database;
}

Result<Transaction> Database::begin() {
    std::unique_lock<std::mutex> lock;
    if (engine() == Engine::Sqlite) lock = std::unique_lock<std::mutex>(write_mutex_);
    Session session(pool_, prepared_);
    try {
        session.sql() << (engine() == Engine::Sqlite ? "BEGIN IMMEDIATE" : "BEGIN");
    } catch (const std::exception& e) {
        return database_error(e, "begin");
    }
    return Transaction(std::move(session), std::move(lock));
}

bool Database::ping() {
    try {
        Session session(pool_, prepared_);
        int one = 0;
        session.sql() << "SELECT 1", soci::into(one);
        return one == 1;
    } catch (const std::exception& e) {
        spdlog::warn("database ping failed: {}", e.what());
        return false;
    }
}

bool is_unique_violation(const std::exception& e) {
    const std::string text = e.what();
    return text.find("UNIQUE constraint failed") != std::string::npos ||
           text.find("duplicate key value") != std::string::npos;
}

void configure_sqlite_library() {
    // SQLITE_MISUSE when SQLite was already initialised; the default then stays, which is only slower.
    // soci-sqlite3.h wraps <sqlite3.h> in namespace sqlite_api.
    if (sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
        spdlog::debug("sqlite3_config(MEMSTATUS) refused: SQLite already initialised");
}

void finish_read(soci::session& sql, soci::statement& statement) {
    // static_cast: the SQLite backend's typeinfo is not exported, so dynamic_cast cannot link.
    if (sql.get_backend_name() == "sqlite3")
        sqlite_api::sqlite3_reset(static_cast<soci::sqlite3_statement_backend*>(statement.get_backend())->stmt_);
}

Error database_error(const std::exception& e, const char* what) {
    spdlog::error("database error during {}: {}", what, e.what());
    const std::string text = e.what();
    if (text.find("database is locked") != std::string::npos || text.find("busy") != std::string::npos)
        return Error::unavailable("The database is busy; please try again in a moment");
    return Error::internal("A database error occurred");
}

}  // namespace anzan::db
