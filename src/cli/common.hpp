// What every subcommand shares: configuration from .env/environment/flags, opening the database
// with one clear error line, and mapping Error codes to exit statuses.
#pragma once
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "platform/config.hpp"
#include "platform/db/database.hpp"

namespace anzan::cli {

// Flags every subcommand accepts; they win over .env and the environment.
struct CommonFlags {
    std::string database_url;
    std::string env_file = ".env";
};
void add_common_flags(CLI::App& command, CommonFlags& flags);

// Loads the config; prints one line and returns nullopt on a bad value.
std::optional<Config> load_config(const CommonFlags& flags);
// Opens (and migrates, unless told not to) the database; prints one line naming DATABASE_URL and the
// .env file and returns null on failure.
enum class Migrate { Yes, No };
std::shared_ptr<db::Database> open_database(const Config& config, Migrate migrate, size_t pool_size = 4);

// Exit status for an error code: 2 bad input, 3 not found, 4 conflict, 5 unavailable, 1 otherwise.
int exit_code(const Error& error);
// Prints "anzan: <detail>" to stderr and returns the exit status.
int fail(const Error& error);

// Registered subcommands: each adds itself and returns the action to run when chosen.
using Action = std::function<int()>;
struct Command {
    CLI::App* command;
    Action run;
};
Command add_serve(CLI::App& app);
Command add_migrate(CLI::App& app);
Command add_check(CLI::App& app);
Command add_create_admin(CLI::App& app);
Command add_seed_demo(CLI::App& app);
Command add_reset_progress(CLI::App& app);
Command add_backup(CLI::App& app);
Command add_restore(CLI::App& app);
Command add_paper(CLI::App& app);
Command add_openapi(CLI::App& app);

}  // namespace anzan::cli
