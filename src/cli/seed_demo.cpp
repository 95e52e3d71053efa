// `anzan seed-demo [--password P]`: demo accounts and practice history, credentials printed once.
#include <iostream>

#include "cli/common.hpp"
#include "demo/seed.hpp"

namespace anzan::cli {

Command add_seed_demo(CLI::App& app) {
    auto* command = app.add_subcommand("seed-demo", "Create demo accounts with some practice history");
    auto flags = std::make_shared<CommonFlags>();
    auto password = std::make_shared<std::string>();
    add_common_flags(*command, *flags);
    command->add_option("--password", *password, "Use this password for every demo account (default: random)");
    return {command, [=] {
                auto config = load_config(*flags);
                if (!config) return 2;
                auto database = open_database(*config, Migrate::Yes);
                if (!database) return 5;
                auto seeded = demo::seed_demo(*database, demo::DemoOptions{*password, config->academy_timezone}, now_utc(), std::cout);
                if (!seeded) return fail(seeded.error());
                return 0;
            }};
}

}  // namespace anzan::cli
