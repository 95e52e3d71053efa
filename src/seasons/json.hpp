// Request parsing and response shapes of the seasons area. The reset response keeps the legacy
// shape of DATABASE_RESET_GUIDE.md (`message` + `summary` with the guide's field names), plus
// Anzan's additions inside `summary`.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "platform/result.hpp"
#include "seasons/types.hpp"

namespace anzan::seasons {

// The parsed body `{branch, course}` (an empty body is `{}`: everyone). Invalid on wrong types or blanks.
Result<ResetScope> parse_reset_body(const nlohmann::json& body);

// `{"branch": …, "course": …}` with nulls for "everyone": stored in the audit log.
std::string scope_json(const ResetScope& scope);
// Every count of the reset, by key: stored in the audit log.
std::string counts_json(const TableCounts& counts);

// Ordered: the guide's five keys first, as in its example, then Anzan's.
nlohmann::ordered_json reset_response_json(const ResetSummary& summary, bool dry_run);
// `with_admin_fields`: backup path and who reset, for admins only.
nlohmann::json season_json(const Season& season, bool with_admin_fields);
nlohmann::json standings_json(const Season& season, const std::vector<Standing>& standings);
nlohmann::json audit_json(const std::vector<AuditEntry>& entries);

}  // namespace anzan::seasons
