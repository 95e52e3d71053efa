// `anzan check`: the invariants the data must always satisfy. The points ledger sums to each user's
// balance; the leaderboard mirrors the balances; no row points at a parent that is gone.
#pragma once
#include <string>
#include <vector>

#include <soci/soci.h>

#include "platform/result.hpp"

namespace anzan::progress {

struct IntegrityReport {
    std::vector<std::string> problems;  // one sentence each; empty means all checks passed
    long long users_checked = 0;
    bool ok() const { return problems.empty(); }
};

Result<IntegrityReport> check_integrity(soci::session& sql);

}  // namespace anzan::progress
