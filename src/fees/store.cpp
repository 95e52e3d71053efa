#include "fees/store.hpp"

#include "platform/db/row_checks.hpp"

namespace anzan::fees::store {
namespace {

constexpr db::RowCheck kOrphanChecks[] = {
    {"fee transactions without their assignment",
     "SELECT COUNT(*) FROM fee_transactions t WHERE NOT EXISTS (SELECT 1 FROM fee_assignments a WHERE a.id = t.assignment_id)"},
};

}  // namespace

Result<std::vector<std::string>> integrity_problems(soci::session& sql) {
    return db::failed_row_checks(sql, kOrphanChecks, "checking fees");
}

}  // namespace anzan::fees::store
