// Server and CLI configuration. Sources, weakest first: `.env` in the working directory, then the
// real environment, then command-line flags (applied by the caller through `set`). Immutable once
// built; safe to share between threads.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "platform/result.hpp"

namespace anzan {

enum class Environment { Production, Development };

struct Config {
    std::string database_url = "sqlite:///./abacus_replitt.db";
    std::string secret_key;
    Environment environment = Environment::Production;
    std::vector<std::string> admin_emails;  // lower-cased
    std::string google_client_id;           // empty: Google sign-in is off
    std::string google_jwks_url = "https://www.googleapis.com/oauth2/v3/certs";
    std::string google_jwks_file;  // tests: read the JWKS from a file instead of the network
    std::string academy_timezone = "Asia/Kolkata";
    std::string academy_name = "Anzan Academy";
    std::string host = "0.0.0.0";
    int port = 8000;
    std::vector<std::string> cors_origins;
    std::string web_dir;     // where web/dist lives; empty: found next to the binary or the cwd
    std::string backup_dir;  // empty: beside the database
    int token_ttl_hours = 24 * 7;
    int io_threads = 0;      // 0: one per core
    int worker_threads = 0;  // 0: 2 per core, at least 4
    // Heavy work (PDFs, password hashing, resets) runs on its own, lower-priority pool.
    int heavy_threads = 0;   // 0: one per core
    int heavy_per_user = 2;  // heavy requests one caller may have in flight at once
    int heavy_queue = 32;    // heavy requests queued or running, all callers; beyond: 503
    // Connections.
    std::vector<std::string> trusted_proxies;  // addresses/networks whose X-Forwarded-For we believe
    int max_connections_per_address = 256;
    int keep_alive_seconds = 5;    // an idle keep-alive connection (or a silent new one) is closed after this
    int read_timeout_seconds = 30; // a whole request must arrive within this
    // Sign-in throttling (failed attempts only, within the window).
    int login_failures_per_account_and_address = 5;  // then that pair is locked, doubling from 1 minute
    int login_failures_per_account = 50;             // then the account is locked for the window
    int login_failures_per_address = 100;            // then the address is locked for the window
    int login_window_minutes = 15;
    std::string dotenv_path; // the .env that was read, for error messages ("" if none)

    bool is_development() const { return environment == Environment::Development; }
};

// Raw key/value view of the sources before they are typed; flags call `set` on it.
class ConfigSources {
public:
    // Reads `.env` from `dotenv_path` (missing file is fine) and then the real environment.
    static ConfigSources load(const std::string& dotenv_path = ".env");
    void set(const std::string& key, const std::string& value) { values_[key] = value; }
    std::optional<std::string> get(const std::string& key) const;
    const std::string& dotenv_path() const { return dotenv_path_; }

private:
    std::map<std::string, std::string> values_;
    std::string dotenv_path_;
};

// Parses one `.env` text: KEY=VALUE lines, `#` comments, optional `export `, single or double quotes.
std::map<std::string, std::string> parse_dotenv(const std::string& text);

// Typed config. Invalid when a value is malformed (e.g. PORT=abc, ANZAN_ENV=prod-ish).
Result<Config> build_config(const ConfigSources& sources);

// Outside development the server refuses to start without a SECRET_KEY of at least 32 bytes.
// In development a missing key is replaced by a random one (tokens die with the process).
Result<void> require_secret(Config& config);

}  // namespace anzan
