// DATABASE_URL parsing: `sqlite:///relative.db`, `sqlite:////abs/path.db`, `postgresql://…` or
// `postgres://…`. SOCI's PostgreSQL backend rejects URIs, so they become a libpq keyword string.
#pragma once
#include <string>

#include "platform/result.hpp"

namespace anzan::db {

enum class Engine { Sqlite, Postgres };

struct DatabaseUrl {
    Engine engine = Engine::Sqlite;
    std::string sqlite_path;       // as given (relative to the working directory) for SQLite
    std::string connect_string;    // SOCI connect string: a file path, or libpq "host=… dbname=…"
    std::string redacted;          // the URL with any password replaced by ***, for messages
    std::string pg_dbname, pg_user, pg_host, pg_port, pg_password;  // PostgreSQL parts (pg_dump)
};

// Invalid with a sentence naming DATABASE_URL when the URL is not one of the accepted forms.
Result<DatabaseUrl> parse_database_url(const std::string& url);

}  // namespace anzan::db
