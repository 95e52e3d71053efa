// `anzan check`: verifies the data invariants; exit 0 when they hold, 1 with the problems listed.
#include <iostream>

#include "cli/common.hpp"
#include "progress/integrity.hpp"

namespace anzan::cli {

Command add_check(CLI::App& app) {
    auto* command = app.add_subcommand("check", "Verify ledger sums, leaderboard and referential integrity");
    auto flags = std::make_shared<CommonFlags>();
    add_common_flags(*command, *flags);
    return {command, [flags] {
                auto config = load_config(*flags);
                if (!config) return 2;
                auto database = open_database(*config, Migrate::Yes);
                if (!database) return 5;
                auto session = database->session();
                auto report = progress::check_integrity(session.sql());
                if (!report) return fail(report.error());
                for (const auto& problem : report->problems) std::cout << "✗ " << problem << '\n';
                if (!report->ok()) return 1;
                std::cout << "✓ all checks passed (" << report->users_checked << " users)\n";
                return 0;
            }};
}

}  // namespace anzan::cli
