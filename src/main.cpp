// `anzan`: one binary, many subcommands; each lives in src/cli/ and runs the same library code as
// the HTTP API.
#include <sodium.h>

#include <iostream>

#include "cli/common.hpp"
#include "platform/db/database.hpp"

int main(int argc, char** argv) {
    if (sodium_init() < 0) {
        std::cerr << "anzan: libsodium failed to initialise\n";
        return 1;
    }
    anzan::db::configure_sqlite_library();
    CLI::App app{"Anzan: the abacus academy platform"};
    app.require_subcommand(1);
    const std::vector<anzan::cli::Command> commands = {
        anzan::cli::add_serve(app),        anzan::cli::add_migrate(app),   anzan::cli::add_check(app),
        anzan::cli::add_create_admin(app), anzan::cli::add_seed_demo(app),
        anzan::cli::add_reset_progress(app), anzan::cli::add_backup(app), anzan::cli::add_restore(app),
        anzan::cli::add_paper(app),        anzan::cli::add_openapi(app),
    };
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    try {
        for (const auto& command : commands)
            if (command.command->parsed()) return command.run();
    } catch (const std::exception& e) {
        std::cerr << "anzan: internal error: " << e.what() << '\n';
        return 1;
    }
    return 1;
}
