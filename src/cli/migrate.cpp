// `anzan migrate`: applies the numbered schema migrations.
#include <iostream>

#include "cli/common.hpp"
#include "platform/db/migrations.hpp"

namespace anzan::cli {

Command add_migrate(CLI::App& app) {
    auto* command = app.add_subcommand("migrate", "Create or upgrade the database schema");
    auto flags = std::make_shared<CommonFlags>();
    add_common_flags(*command, *flags);
    return {command, [flags] {
                auto config = load_config(*flags);
                if (!config) return 2;
                auto database = open_database(*config, Migrate::No);
                if (!database) return 5;
                auto report = db::migrate(*database);
                if (!report) return fail(report.error());
                for (const auto& name : report->applied) std::cout << "applied " << name << '\n';
                std::cout << "schema is at version " << report->current_version << '\n';
                return 0;
            }};
}

}  // namespace anzan::cli
