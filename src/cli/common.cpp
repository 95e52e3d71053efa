#include "cli/common.hpp"

#include <iostream>

#include "platform/db/migrations.hpp"

namespace anzan::cli {

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
