// Every SQL statement on the fees area's tables: fee_plans, fee_assignments and fee_transactions
// (the fees issue brings the routes; today the area only answers for its tables' integrity).
#pragma once
#include <string>
#include <vector>

#include <soci/soci.h>

#include "platform/result.hpp"

namespace anzan::fees::store {

// For `anzan check`: one sentence per kind of fee row whose parent row is gone.
Result<std::vector<std::string>> integrity_problems(soci::session& sql);

}  // namespace anzan::fees::store
