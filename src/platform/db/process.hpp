// Runs an external tool (pg_dump, pg_restore) without a shell: argv as given, extra environment
// variables added to ours (PGPASSWORD stays out of the command line and `ps`), stdout discarded,
// stderr captured for the error message. Blocks until the child exits. Thread-safe.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace anzan::db {

struct ProcessResult {
    int exit_status = -1;     // -1 when the program could not be started or died by a signal
    std::string error_output; // the child's stderr (last 2000 bytes)
};

ProcessResult run_process(const std::vector<std::string>& argv, const std::map<std::string, std::string>& extra_env);

}  // namespace anzan::db
