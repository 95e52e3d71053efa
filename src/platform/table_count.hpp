// How many rows one set-based step changed (or would change) in one table: the unit in which the
// areas report a season reset, its dry run, its audit entry and its backup check.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace anzan {

struct TableCount {
    std::string table;  // "attempts"
    std::string key;    // "attempts_deleted": the count's name in JSON and in the audit log
    std::string label;  // "attempts": for a line a person reads ("Deleted 12 attempts")
    long long rows = 0;
};
using TableCounts = std::vector<TableCount>;

// A table a season reset changes, and whether it deletes rows there (or only resets columns).
struct ResetTable {
    std::string table;
    bool deletes_rows = true;
};

// The rows counted under `key`, 0 when there is no such entry.
inline long long rows_of(const TableCounts& counts, std::string_view key) {
    for (const auto& count : counts)
        if (count.key == key) return count.rows;
    return 0;
}

}  // namespace anzan
