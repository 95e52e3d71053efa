#include "fees/store.hpp"

#include "platform/db/database.hpp"

namespace anzan::fees::store {
namespace {

constexpr const char* kTransactionsWithoutAssignment =
    "SELECT COUNT(*) FROM fee_transactions t WHERE NOT EXISTS (SELECT 1 FROM fee_assignments a WHERE a.id = t.assignment_id)";

}  // namespace

Result<std::vector<std::string>> integrity_problems(soci::session& sql) {
    std::vector<std::string> problems;
    try {
        long long count = 0;
        sql << kTransactionsWithoutAssignment, soci::into(count);
        if (count > 0) problems.push_back(std::to_string(count) + " fee transactions without their assignment");
    } catch (const std::exception& e) {
        return db::database_error(e, "checking fees");
    }
    return problems;
}

}  // namespace anzan::fees::store
