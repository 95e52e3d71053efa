#include "platform/db/sqlite_file.hpp"

namespace anzan::db {

Result<SqliteConnection> SqliteConnection::open(const std::string& path, int flags) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    SqliteConnection connection(raw);
    if (rc != SQLITE_OK) return Error::internal(std::string("cannot open ") + path + ": " + sqlite3_errstr(rc));
    sqlite3_busy_timeout(raw, 10000);
    return connection;
}

Result<void> SqliteConnection::exec(const std::string& sql) const {
    char* message = nullptr;
    if (sqlite3_exec(db_.get(), sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errmsg(db_.get());
        sqlite3_free(message);
        return Error::internal(text);
    }
    return {};
}

Result<std::vector<SqlRow>> SqliteConnection::rows(const std::string& sql, const std::vector<std::string>& params) const {
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db_.get(), sql.c_str(), -1, &raw, nullptr) != SQLITE_OK)
        return Error::internal(sqlite3_errmsg(db_.get()));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt(raw, sqlite3_finalize);
    for (size_t idx = 0; idx < params.size(); ++idx)
        sqlite3_bind_text(raw, static_cast<int>(idx + 1), params[idx].c_str(), -1, SQLITE_TRANSIENT);
    std::vector<SqlRow> result;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        SqlRow row;
        for (int col = 0; col < sqlite3_column_count(raw); ++col) {
            const auto* value = reinterpret_cast<const char*>(sqlite3_column_text(raw, col));
            if (value) row.emplace_back(value);
            else row.emplace_back(std::nullopt);
        }
        result.push_back(std::move(row));
    }
    if (rc != SQLITE_DONE) return Error::internal(sqlite3_errmsg(db_.get()));
    return result;
}

Result<std::string> SqliteConnection::text(const std::string& sql, const std::vector<std::string>& params) const {
    const auto result = TRY(rows(sql, params));
    if (result.empty() || result.front().empty()) return Error::internal("no answer to: " + sql);
    return result.front().front().value_or("");
}

Result<long long> SqliteConnection::integer(const std::string& sql, const std::vector<std::string>& params) const {
    const std::string value = TRY(text(sql, params));
    try {
        return value.empty() ? 0LL : std::stoll(value);
    } catch (const std::exception&) {
        return Error::internal("not a number: " + value);
    }
}

}  // namespace anzan::db
