// `anzan restore FILE [--yes]`: brings a backup written by `anzan backup` or `anzan reset-progress`
// back, after a typed RESTORE confirmation, and records it in the audit log. Stop the server first:
// the restore replaces every table.
#include <pwd.h>
#include <unistd.h>

#include <iostream>

#include "cli/common.hpp"
#include "platform/time.hpp"
#include "platform/db/backup.hpp"
#include "seasons/store.hpp"
#include "cli/terminal_progress.hpp"

namespace anzan::cli {
namespace {

bool confirmed_restore() {
    std::cout << "Type 'RESTORE' to confirm: " << std::flush;
    std::string answer;
    if (!std::getline(std::cin, answer)) {
        std::cout << '\n';
        return false;
    }
    if (isatty(STDIN_FILENO) != 1) std::cout << answer << '\n';
    if (!answer.empty() && answer.back() == '\r') answer.pop_back();
    return answer == "RESTORE";
}

std::string current_os_user() {
    if (const passwd* pw = getpwuid(geteuid()); pw != nullptr && pw->pw_name != nullptr) return pw->pw_name;
    return "uid " + std::to_string(geteuid());
}

Result<void> record_restore(db::Database& database, const std::string& file) {
    auto tx = TRY(database.begin());
    const seasons::store::AuditRow row{seasons::Actor{std::nullopt, current_os_user()}, "restore", std::nullopt,
                                       std::nullopt, file, "Database restored from a backup", format_utc(now_utc())};
    TRY(seasons::store::insert_audit(tx.sql(), row));
    return tx.commit();
}

}  // namespace

Command add_restore(CLI::App& app) {
    auto* command = app.add_subcommand("restore", "Replace the database's content with a backup (typed RESTORE confirmation)");
    auto common = std::make_shared<CommonFlags>();
    auto file = std::make_shared<std::string>();
    auto yes = std::make_shared<bool>(false);
    add_common_flags(*command, *common);
    command->add_option("file", *file, "The backup file")->required();
    command->add_flag("--yes", *yes, "Do not ask for the typed confirmation");
    return {command, [common, file, yes] {
                auto config = load_config(*common);
                if (!config) return 2;
                auto database = open_database(*config, Migrate::No, 1);
                if (!database) return 5;
                std::cout << "⚠️  This replaces ALL data in " << database->url().redacted << " with " << *file
                          << ".\n   Stop the server first.\n\n";
                if (!*yes && !confirmed_restore()) {
                    std::cout << "❌ Restore cancelled: nothing was changed.\n";
                    return 1;
                }
                const db::DatabaseUrl url = database->url();
                database.reset();  // our pooled connections must not hold the file during the copy
                TerminalProgress progress;
                progress.step("restoring");
                auto restored = db::restore_backup(url, *file, [&](long long done, long long total) {
                    progress.pages(done, total);
                });
                progress.clear();
                if (!restored) return fail(restored.error());
                auto reopened = open_database(*config, Migrate::Yes, 1);
                if (!reopened) return 5;
                if (auto recorded = record_restore(*reopened, *file); !recorded) return fail(recorded.error());
                std::cout << "✅ Restored " << *file << '\n';
                return 0;
            }};
}

}  // namespace anzan::cli
