// `anzan backup [--backup-dir DIR]`: the verified backup a reset takes, on its own. Prints the
// backup's path on stdout (and nothing else, for scripts); progress goes to a terminal's stderr.
#include <iostream>

#include "cli/common.hpp"
#include "platform/time.hpp"
#include "platform/db/backup.hpp"
#include "cli/terminal_progress.hpp"
#include "seasons/reset.hpp"

namespace anzan::cli {

Command add_backup(CLI::App& app) {
    auto* command = app.add_subcommand("backup", "Write a verified backup of the database and print its path");
    auto common = std::make_shared<CommonFlags>();
    auto dir = std::make_shared<std::string>();
    add_common_flags(*command, *common);
    command->add_option("--backup-dir", *dir, "Where to write it (default: BACKUP_DIR, else beside the SQLite file "
                                              "or the working directory)");
    return {command, [common, dir] {
                auto config = load_config(*common);
                if (!config) return 2;
                auto database = open_database(*config, Migrate::No, 1);
                if (!database) return 5;
                TerminalProgress progress;
                progress.step("writing the backup");
                auto path = db::write_backup({database->url(), dir->empty() ? config->backup_dir : *dir,
                                              format_utc(now_utc()),
                                              [&](long long done, long long total) { progress.pages(done, total); },
                                              /*writes_blocked=*/false, seasons::backup_verified_tables()});
                progress.clear();
                if (!path) return fail(path.error());
                std::cout << *path << std::endl;
                return 0;
            }};
}

}  // namespace anzan::cli
