#include "platform/db/row_checks.hpp"

#include "platform/db/database.hpp"

namespace anzan::db {

Result<std::vector<std::string>> failed_row_checks(soci::session& sql, std::span<const RowCheck> checks,
                                                   const char* what) {
    std::vector<std::string> problems;
    try {
        for (const auto& check : checks) {
            long long count = 0;
            sql << check.count_sql, soci::into(count);
            if (count > 0) problems.push_back(std::to_string(count) + " " + check.rows_are);
        }
    } catch (const std::exception& e) {
        return database_error(e, what);
    }
    return problems;
}

}  // namespace anzan::db
