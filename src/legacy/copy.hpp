// One step of the legacy upgrade: copying `legacy_<table>` into Anzan's freshly created `<table>`.
// Internal to src/legacy. REQUIRES: inside the upgrade's transaction, parents already copied.
#pragma once
#include <string>

#include "platform/db/sqlite_file.hpp"
#include "legacy/types.hpp"

namespace anzan::legacy {

// Copies every row (rewards: the earliest of each duplicate) with the conversions of
// legacy/rules.hpp. Adds a note to `notes` for each reference to a vanished row that became NULL.
// Invalid when a timestamp cannot be read or a row breaks one of Anzan's unique indexes or checks;
// Internal when the copied count is not the expected one.
Result<TableCopy> copy_table(const db::SqliteConnection& file, const std::string& table, const std::string& now_utc,
                             std::vector<std::string>& notes);

}  // namespace anzan::legacy
