// What staff do with points: the point rules (audited) and adjustments of a student's balance.
// Each change is one transaction; every change of a balance is one ledger row through
// progress::store::credit.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "platform/db/database.hpp"
#include "platform/result.hpp"
#include "platform/time.hpp"

namespace anzan::practice {

Result<nlohmann::json> point_rules_json(db::Database& database);
// Sets the given rules (each 0..1,000,000; NotFound for an unknown key, nothing changed) and
// writes one admin_audit_log entry with the values before and after.
Result<nlohmann::json> update_point_rules(db::Database& database, long long admin_id,
                                          const std::vector<std::pair<std::string, long long>>& values, Instant now);

struct Adjustment {
    long long user_id = 0;
    long long points = 0;  // non-zero
    std::string reason;    // required
    std::string idempotency_key;  // empty: a fresh one
};
// Credits or debits a student's points with a reason. A debit below 0 is refused (Conflict).
Result<nlohmann::json> adjust_points(db::Database& database, long long admin_id, const Adjustment& adjustment,
                                     Instant now);
// Legacy PUT /users/admin/students/{id}/points: sets the balance to max(0, points) with one
// ledger row of the difference (none when it is 0). NotFound unless the user is a student.
Result<nlohmann::json> set_points_legacy(db::Database& database, long long admin_id, long long user_id,
                                         long long points, Instant now);

}  // namespace anzan::practice
