// `anzan reset-progress [--yes] [--dry-run] [--branch NAME] [--course NAME] [--no-backup]`: the
// season reset of DATABASE_RESET_GUIDE.md, with its banner, typed RESET confirmation and numbered
// step lines printed word for word, around the shared engine (seasons/reset.hpp).
#include <pwd.h>
#include <unistd.h>

#include <iostream>

#include "cli/common.hpp"
#include "seasons/console.hpp"
#include "seasons/reset.hpp"
#include "seasons/rules.hpp"
#include "cli/terminal_progress.hpp"

namespace anzan::cli {
namespace {
namespace console = seasons::console;

struct ResetFlags {
    bool yes = false, dry_run = false, no_backup = false;
    std::string branch, course;
};

void print(const std::vector<std::string>& lines) {
    for (const auto& line : lines) std::cout << line << '\n';
    std::cout << std::flush;
}

std::string os_user() {
    if (const passwd* pw = getpwuid(geteuid()); pw != nullptr && pw->pw_name != nullptr) return pw->pw_name;
    return "uid " + std::to_string(geteuid());
}

// The typed confirmation. On a pipe the answer is echoed, so the transcript reads like the guide's.
bool confirmed() {
    std::cout << console::kConfirmPrompt << std::flush;
    std::string answer;
    if (!std::getline(std::cin, answer)) {
        std::cout << '\n';
        return false;
    }
    if (isatty(STDIN_FILENO) != 1) std::cout << answer << '\n';
    return console::is_confirmed(answer);
}

int reset(const CommonFlags& common, const ResetFlags& flags) {
    auto config = load_config(common);
    if (!config) return 2;
    auto scope = seasons::normalize_scope(flags.branch.empty() ? std::nullopt : std::optional(flags.branch),
                                          flags.course.empty() ? std::nullopt : std::optional(flags.course));
    if (!scope) return fail(scope.error());
    auto database = open_database(*config, Migrate::Yes, 2);
    if (!database) {
        std::cerr << "❌ Database connection failed. Check your `.env` file and ensure `DATABASE_URL` is set correctly.\n";
        return 5;
    }
    print(console::banner_lines(*scope));
    if (flags.dry_run) {
        auto summary = seasons::dry_run_reset(*database, *scope);
        if (!summary) return fail(summary.error());
        print(console::dry_run_lines(*summary));
        return 0;
    }
    if (!flags.yes && !confirmed()) {
        print(console::cancelled_lines());
        return 1;
    }
    print(console::start_lines());
    TerminalProgress progress;
    const seasons::ResetOptions options{*scope, false, flags.no_backup ? seasons::Backup::No : seasons::Backup::Yes,
                                        seasons::Actor{std::nullopt, os_user()}};
    const seasons::ResetHooks hooks{[&](std::string_view label) { progress.step(label); },
                                    [&](long long done, long long total) { progress.pages(done, total); }};
    auto pending = seasons::prepare_reset(*database, options, config->backup_dir, now_utc(), hooks);
    progress.clear();
    if (!pending) {
        print(console::failed_lines(pending.error().detail));
        return exit_code(pending.error());
    }
    print(console::backup_lines(pending->summary()));
    print(console::step_lines(pending->summary()));
    print(console::season_lines(pending->summary()));
    print(console::committing_lines());
    if (auto committed = pending->commit(); !committed) {
        print(console::failed_lines(committed.error().detail));
        return exit_code(committed.error());
    }
    print(console::committed_lines());
    print(console::final_lines());
    return 0;
}

}  // namespace

Command add_reset_progress(CLI::App& app) {
    auto* command = app.add_subcommand("reset-progress", "Reset all progress for a new season (typed RESET confirmation)");
    auto common = std::make_shared<CommonFlags>();
    auto flags = std::make_shared<ResetFlags>();
    add_common_flags(*command, *common);
    command->add_flag("--yes", flags->yes, "Do not ask for the typed confirmation");
    command->add_flag("--dry-run", flags->dry_run, "Only count what would be reset; change nothing");
    command->add_option("--branch", flags->branch, "Reset only the students of this branch");
    command->add_option("--course", flags->course, "Reset only the students of this course");
    command->add_flag("--no-backup", flags->no_backup, "Skip the verified backup taken before the reset");
    return {command, [common, flags] { return reset(*common, *flags); }};
}

}  // namespace anzan::cli
