// A small owner of one raw SQLite connection, apart from the SOCI pool: for backups (the online
// backup API, checks of the copy) and the legacy upgrade (connection settings such as
// foreign_keys=OFF and legacy_alter_table=ON that must not leak into the pool).
// Not thread-safe: one thread per connection.
#pragma once
#include <sqlite3.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "platform/result.hpp"

namespace anzan::db {

using SqlRow = std::vector<std::optional<std::string>>;  // every value as text; NULL as nullopt

class SqliteConnection {
public:
    // Internal with SQLite's reason when the file cannot be opened.
    static Result<SqliteConnection> open(const std::string& path, int flags);
    sqlite3* handle() const { return db_.get(); }
    // Runs one or more statements. Internal with SQLite's message on failure.
    Result<void> exec(const std::string& sql) const;
    // Every row of one query, each value as text; `params` bind ?1, ?2 … as text.
    Result<std::vector<SqlRow>> rows(const std::string& sql, const std::vector<std::string>& params = {}) const;
    // The first column of the first row ("" when NULL). Internal when there is no row.
    Result<std::string> text(const std::string& sql, const std::vector<std::string>& params = {}) const;
    Result<long long> integer(const std::string& sql, const std::vector<std::string>& params = {}) const;

private:
    struct Closer {
        void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
    };
    explicit SqliteConnection(sqlite3* db) : db_(db) {}
    std::unique_ptr<sqlite3, Closer> db_;
};

}  // namespace anzan::db
