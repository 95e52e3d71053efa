// Integrity checks that count offending rows: each area lists its own (`anzan check`), this runs
// them. A check's SQL is `SELECT COUNT(*) …` of the rows that break it.
#pragma once
#include <span>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "platform/result.hpp"

namespace anzan::db {

struct RowCheck {
    const char* rows_are;   // "attendance records without their session"
    const char* count_sql;  // SELECT COUNT(*) of those rows
};

// One sentence per check that finds rows ("2 attendance records without their session"); empty
// when none does. `what` names the area in a database error ("checking academy rows").
Result<std::vector<std::string>> failed_row_checks(soci::session& sql, std::span<const RowCheck> checks,
                                                   const char* what);

}  // namespace anzan::db
