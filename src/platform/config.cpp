#include "platform/config.hpp"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace anzan {
namespace {

constexpr const char* kKnownKeys[] = {
    "DATABASE_URL", "SECRET_KEY", "ANZAN_ENV", "ADMIN_EMAILS", "GOOGLE_CLIENT_ID", "GOOGLE_JWKS_URL",
    "GOOGLE_JWKS_FILE", "ACADEMY_TIMEZONE", "ACADEMY_NAME", "HOST", "PORT", "CORS_ORIGINS",
    "ANZAN_WEB_DIR", "BACKUP_DIR", "TOKEN_TTL_HOURS", "IO_THREADS", "WORKER_THREADS", "HEAVY_THREADS",
    "HEAVY_PER_USER", "HEAVY_QUEUE", "TRUSTED_PROXIES", "MAX_CONNECTIONS_PER_ADDRESS", "KEEP_ALIVE_SECONDS",
    "READ_TIMEOUT_SECONDS", "LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS", "LOGIN_FAILURES_PER_ACCOUNT",
    "LOGIN_FAILURES_PER_ADDRESS", "LOGIN_WINDOW_MINUTES"};

std::string trim(std::string s) {
    auto not_space = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
    s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
    return s;
}

std::vector<std::string> split_list(const std::string& text, bool lower) {
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string item;
    while (std::getline(in, item, ',')) {
        item = trim(item);
        if (lower) std::transform(item.begin(), item.end(), item.begin(), ::tolower);
        if (!item.empty()) out.push_back(item);
    }
    return out;
}

Result<int> parse_int(const std::string& key, const std::string& text, int min, int max) {
    try {
        size_t used = 0;
        const long value = std::stol(text, &used);
        if (used == text.size() && value >= min && value <= max) return static_cast<int>(value);
    } catch (const std::exception&) {
    }
    return Error::invalid(key + " must be a whole number between " + std::to_string(min) + " and " +
                          std::to_string(max) + " (got '" + text + "')");
}

// CORS_ORIGINS entries: "*" or an origin as browsers send it (scheme://host[:port], no path).
// "null" is refused: sandboxed frames and file:// pages send it, and none of them is trusted.
Result<void> check_cors_origin(const std::string& origin) {
    if (origin == "*") return {};
    const bool web_scheme = origin.starts_with("https://") || origin.starts_with("http://");
    const auto host_start = origin.find("://") + 3;
    if (!web_scheme || origin.size() <= host_start || origin.find_first_of("/?#", host_start) != std::string::npos ||
        origin.find_first_of(" \t") != std::string::npos)
        return Error::invalid("CORS_ORIGINS entries must be * or origins like https://school.example (got '" + origin +
                              "')");
    return {};
}

}  // namespace

std::map<std::string, std::string> parse_dotenv(const std::string& text) {
    std::map<std::string, std::string> out;
    std::stringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        line = trim(line);
        if (line.empty() || line[0] == '#') continue;
        if (line.rfind("export ", 0) == 0) line = trim(line.substr(7));
        const auto eq = line.find('=');
        if (eq == std::string::npos) continue;
        std::string key = trim(line.substr(0, eq));
        std::string value = trim(line.substr(eq + 1));
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
            value = value.substr(1, value.size() - 2);
        } else if (const auto hash = value.find(" #"); hash != std::string::npos) {
            value = trim(value.substr(0, hash));  // An inline comment after an unquoted value.
        }
        out[key] = value;
    }
    return out;
}

ConfigSources ConfigSources::load(const std::string& dotenv_path) {
    ConfigSources sources;
    std::ifstream file(dotenv_path);
    if (file) {
        std::stringstream buffer;
        buffer << file.rdbuf();
        sources.values_ = parse_dotenv(buffer.str());
        sources.dotenv_path_ = dotenv_path;
    }
    // The real environment wins over .env.
    for (const char* key : kKnownKeys) {
        if (const char* value = std::getenv(key)) sources.values_[key] = value;
    }
    return sources;
}

std::optional<std::string> ConfigSources::get(const std::string& key) const {
    const auto it = values_.find(key);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

Result<Config> build_config(const ConfigSources& sources) {
    Config config;
    config.dotenv_path = sources.dotenv_path();
    auto text = [&](const char* key, std::string& field) {
        if (auto value = sources.get(key); value && !value->empty()) field = *value;
    };
    text("DATABASE_URL", config.database_url);
    text("SECRET_KEY", config.secret_key);
    text("GOOGLE_CLIENT_ID", config.google_client_id);
    text("GOOGLE_JWKS_URL", config.google_jwks_url);
    text("GOOGLE_JWKS_FILE", config.google_jwks_file);
    text("ACADEMY_TIMEZONE", config.academy_timezone);
    text("ACADEMY_NAME", config.academy_name);
    text("HOST", config.host);
    text("ANZAN_WEB_DIR", config.web_dir);
    text("BACKUP_DIR", config.backup_dir);
    if (auto env = sources.get("ANZAN_ENV"); env && !env->empty()) {
        if (*env == "production") config.environment = Environment::Production;
        else if (*env == "development") config.environment = Environment::Development;
        else return Error::invalid("ANZAN_ENV must be 'production' or 'development' (got '" + *env + "')");
    }
    if (auto v = sources.get("ADMIN_EMAILS")) config.admin_emails = split_list(*v, true);
    if (auto v = sources.get("CORS_ORIGINS")) config.cors_origins = split_list(*v, false);
    if (auto v = sources.get("PORT"); v && !v->empty()) config.port = TRY(parse_int("PORT", *v, 0, 65535));
    if (auto v = sources.get("TOKEN_TTL_HOURS"); v && !v->empty())
        config.token_ttl_hours = TRY(parse_int("TOKEN_TTL_HOURS", *v, 1, 24 * 365));
    if (auto v = sources.get("IO_THREADS"); v && !v->empty())
        config.io_threads = TRY(parse_int("IO_THREADS", *v, 0, 256));
    if (auto v = sources.get("WORKER_THREADS"); v && !v->empty())
        config.worker_threads = TRY(parse_int("WORKER_THREADS", *v, 0, 256));
    if (auto v = sources.get("TRUSTED_PROXIES")) config.trusted_proxies = split_list(*v, true);
    const struct {
        const char* key;
        int& field;
        int min, max;
    } numbers[] = {
        {"HEAVY_THREADS", config.heavy_threads, 0, 256},
        {"HEAVY_PER_USER", config.heavy_per_user, 1, 64},
        {"HEAVY_QUEUE", config.heavy_queue, 1, 4096},
        {"MAX_CONNECTIONS_PER_ADDRESS", config.max_connections_per_address, 1, 1000000},
        {"KEEP_ALIVE_SECONDS", config.keep_alive_seconds, 1, 3600},
        {"READ_TIMEOUT_SECONDS", config.read_timeout_seconds, 1, 3600},
        {"LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS", config.login_failures_per_account_and_address, 1, 1000},
        {"LOGIN_FAILURES_PER_ACCOUNT", config.login_failures_per_account, 1, 100000},
        {"LOGIN_FAILURES_PER_ADDRESS", config.login_failures_per_address, 1, 100000},
        {"LOGIN_WINDOW_MINUTES", config.login_window_minutes, 1, 24 * 60},
    };
    for (const auto& number : numbers)
        if (auto v = sources.get(number.key); v && !v->empty())
            number.field = TRY(parse_int(number.key, *v, number.min, number.max));
    for (const auto& origin : config.cors_origins) TRY(check_cors_origin(origin));
    return config;
}

Result<void> require_secret(Config& config) {
    if (config.secret_key.size() >= 32) return {};
    if (!config.is_development()) {
        return Error::invalid(config.secret_key.empty()
                                  ? "SECRET_KEY is not set: set a random value of at least 32 bytes in .env "
                                    "or the environment (or ANZAN_ENV=development for a throw-away one)"
                                  : "SECRET_KEY is too short: it must be at least 32 bytes");
    }
    unsigned char random[32];
    randombytes_buf(random, sizeof random);
    static const char kHex[] = "0123456789abcdef";
    config.secret_key.clear();
    for (unsigned char byte : random) {
        config.secret_key += kHex[byte >> 4];
        config.secret_key += kHex[byte & 15];
    }
    return {};
}

}  // namespace anzan
