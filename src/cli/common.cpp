#include "cli/common.hpp"

#include <iostream>

#include "legacy/upgrade.hpp"
#include "platform/db/migrations.hpp"
#include "platform/time.hpp"

namespace anzan::cli {
namespace {

// A database the legacy Python system wrote is upgraded in place (after a verified backup) before
// anything else touches it; see docs/schema.md, "Upgrading a legacy database".
bool upgrade_if_legacy(const Config& config, db::Database& database) {
    auto kind = legacy::detect(database);
    if (!kind) {
        std::cerr << "anzan: " << kind.error().detail << '\n';
        return false;
    }
    if (*kind == legacy::Kind::Anzan) return true;
    if (*kind == legacy::Kind::LegacyPostgres) {
        std::cerr << "anzan: " << legacy::kPostgresRefusal << '\n';
        return false;
    }
    auto report = legacy::upgrade_legacy_sqlite(database, config.backup_dir, now_utc());
    if (!report) {
        std::cerr << "anzan: " << report.error().detail << '\n';
        return false;
    }
    std::cerr << "Upgraded legacy database: " << report->users << " users, backup at " << report->backup_path << '\n';
    return true;
}

}  // namespace

void add_common_flags(CLI::App& command, CommonFlags& flags) {
    command.add_option("--database-url", flags.database_url, "Database URL (overrides DATABASE_URL)");
    command.add_option("--env-file", flags.env_file, "The .env file to read (default: ./.env)");
}

std::optional<Config> load_config(const CommonFlags& flags) {
    auto sources = ConfigSources::load(flags.env_file);
    if (!flags.database_url.empty()) sources.set("DATABASE_URL", flags.database_url);
    auto config = build_config(sources);
    if (!config) {
        std::cerr << "anzan: " << config.error().detail << '\n';
        return std::nullopt;
    }
    return config.release_value();
}

std::shared_ptr<db::Database> open_database(const Config& config, Migrate migrate, size_t pool_size) {
    const std::string where = config.dotenv_path.empty() ? "the environment (no .env file found)"
                                                         : "the environment or " + config.dotenv_path;
    auto url = db::parse_database_url(config.database_url);
    if (!url) {
        std::cerr << "anzan: Database connection failed: " << url.error().detail << ". Check DATABASE_URL in "
                  << where << ".\n";
        return nullptr;
    }
    auto database = db::Database::open(*url, pool_size);
    if (!database) {
        std::string reason = database.error().detail;
        for (auto& c : reason) if (c == '\n' || c == '\t') c = ' ';
        while (!reason.empty() && (reason.back() == ' ' || reason.back() == '.')) reason.pop_back();
        std::cerr << "anzan: Database connection failed for DATABASE_URL=" << url->redacted << ": " << reason
                  << ". Check DATABASE_URL in " << where << ".\n";
        return nullptr;
    }
    // Whatever `migrate` says: `anzan migrate` itself opens with Migrate::No.
    if (!upgrade_if_legacy(config, **database)) return nullptr;
    if (migrate == Migrate::Yes) {
        auto report = db::migrate(**database);
        if (!report) {
            std::cerr << "anzan: could not prepare the database at DATABASE_URL=" << url->redacted << ": "
                      << report.error().detail << ". Check DATABASE_URL in " << where << ".\n";
            return nullptr;
        }
    }
    return database.release_value();
}

int exit_code(const Error& error) {
    switch (error.code) {
        case ErrorCode::BadRequest:
        case ErrorCode::Invalid: return 2;
        case ErrorCode::NotFound: return 3;
        case ErrorCode::Conflict: return 4;
        case ErrorCode::Unavailable: return 5;
        default: return 1;
    }
}

int fail(const Error& error) {
    std::cerr << "anzan: " << error.detail << '\n';
    return exit_code(error);
}

}  // namespace anzan::cli
