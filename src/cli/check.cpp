// `anzan check`: verifies the data invariants; exit 0 when they hold, 1 with the problems listed.
// Each area answers for its own tables (its store's integrity_problems); this only gathers them.
#include <iostream>

#include "academy/store.hpp"
#include "accounts/store.hpp"
#include "cli/common.hpp"
#include "fees/store.hpp"
#include "papers/store.hpp"
#include "progress/store.hpp"
#include "seasons/store.hpp"

namespace anzan::cli {
namespace {

using ProblemCheck = Result<std::vector<std::string>> (*)(soci::session&);

// The ledger and leaderboard first, then each area's orphans.
constexpr ProblemCheck kChecks[] = {progress::store::integrity_problems, papers::store::integrity_problems,
                                    academy::store::integrity_problems,     fees::store::integrity_problems,
                                    seasons::store::integrity_problems};

}  // namespace

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
                const auto users = accounts::store::count_users(session.sql());
                if (!users) return fail(users.error());
                std::vector<std::string> problems;
                for (const auto check : kChecks) {
                    auto found = check(session.sql());
                    if (!found) return fail(found.error());
                    problems.insert(problems.end(), found->begin(), found->end());
                }
                for (const auto& problem : problems) std::cout << "✗ " << problem << '\n';
                if (!problems.empty()) return 1;
                std::cout << "✓ all checks passed (" << *users << " users)\n";
                return 0;
            }};
}

}  // namespace anzan::cli
