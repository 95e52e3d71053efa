// The verified copy of a legacy SQLite file taken before it is upgraded. (The seasons backup
// verifies row counts of Anzan's progress tables, which a legacy database does not have yet.)
// Promise: the file exists under its final name only once it is complete, has passed
// PRAGMA integrity_check and is on disk: it is written as `<final>.partial`, checked, fsynced, renamed.
#pragma once
#include <string>

#include "platform/result.hpp"
#include "platform/time.hpp"

namespace anzan::legacy {

// Copies the SQLite file at `db_path` with the online backup API to
// `<dir>/<file name>.backup-YYYYMMDD-HHMMSS` (-2, -3 … when taken), `dir` being `backup_dir`, or
// the database's own folder when empty. Returns the absolute path. Unavailable with the reason
// (directory missing, disk full, the copy does not verify); no file is left under the final name then.
Result<std::string> write_verified_backup(const std::string& db_path, const std::string& backup_dir, Instant now);

}  // namespace anzan::legacy
