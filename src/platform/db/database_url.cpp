#include "platform/db/database_url.hpp"

#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

namespace anzan::db {
namespace {

// libpq keyword values are quoted with single quotes; backslash escapes ' and \.
std::string quote_keyword(const std::string& value) {
    std::string out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}

Result<DatabaseUrl> parse_postgres(const std::string& url) {
    auto parsed = boost::urls::parse_uri(url);
    if (!parsed) return Error::invalid("DATABASE_URL is not a valid PostgreSQL URL: " + url);
    const boost::urls::url_view view = *parsed;
    DatabaseUrl out;
    out.engine = Engine::Postgres;
    out.pg_host = view.encoded_host().empty() ? "localhost" : std::string(view.host());
    out.pg_port = view.has_port() ? std::string(view.port()) : "5432";
    if (out.pg_port.empty() || out.pg_port.size() > 5 || out.pg_port.find_first_not_of("0123456789") != std::string::npos ||
        std::stoi(out.pg_port) > 65535)
        return Error::invalid("DATABASE_URL has an invalid port: " + url);
    out.pg_user = std::string(view.user());
    out.pg_password = std::string(view.password());
    std::string path = std::string(view.path());
    out.pg_dbname = path.size() > 1 ? path.substr(1) : out.pg_user;
    if (out.pg_dbname.empty()) return Error::invalid("DATABASE_URL names no database: " + url);
    std::string conn = "host=" + quote_keyword(out.pg_host) + " port=" + quote_keyword(out.pg_port) +
                       " dbname=" + quote_keyword(out.pg_dbname);
    if (!out.pg_user.empty()) conn += " user=" + quote_keyword(out.pg_user);
    if (!out.pg_password.empty()) conn += " password=" + quote_keyword(out.pg_password);
    bool has_connect_timeout = false;
    for (auto param : view.params()) {
        if (param.key == "connect_timeout") has_connect_timeout = true;
        conn += " " + std::string(param.key) + "=" + quote_keyword(std::string(param.value));
    }
    // An unreachable server must fail within seconds, not hang the CLI.
    if (!has_connect_timeout) conn += " connect_timeout='5'";
    out.connect_string = conn;
    out.redacted = url;
    if (!out.pg_password.empty()) {
        const auto at = out.redacted.find(std::string(view.encoded_password()) + "@");
        if (at != std::string::npos) out.redacted.replace(at, view.encoded_password().size(), "***");
    }
    return out;
}

}  // namespace

Result<DatabaseUrl> parse_database_url(const std::string& url) {
    constexpr std::string_view kSqlite = "sqlite:///";
    if (url.rfind(kSqlite, 0) == 0) {
        DatabaseUrl out;
        out.engine = Engine::Sqlite;
        // sqlite:///./x.db is relative; sqlite:////abs/x.db keeps its leading slash.
        out.sqlite_path = url.substr(kSqlite.size());
        if (out.sqlite_path.empty()) return Error::invalid("DATABASE_URL names no SQLite file: " + url);
        out.connect_string = out.sqlite_path;
        out.redacted = url;
        return out;
    }
    if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) return parse_postgres(url);
    return Error::invalid("DATABASE_URL must start with sqlite:///, postgresql:// or postgres:// (got '" + url +
                          "')");
}

}  // namespace anzan::db
