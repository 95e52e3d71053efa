// Season and reset rules: scope validation, names, ranking, who sees which standings. Pure
// functions over plain data: no SQL, no HTTP, no clock (`now` arrives as storage text). Thread-safe.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/result.hpp"
#include "seasons/types.hpp"

namespace anzan::seasons {

inline constexpr size_t kMaxScopeLength = 100;

// Trims both fields; Invalid when a given field is blank or longer than kMaxScopeLength (a blank
// branch would silently match nobody, which reads like a successful reset of no one).
Result<ResetScope> normalize_scope(std::optional<std::string> branch, std::optional<std::string> course);

// "everyone", "branch 'Rohini-16'", "branch 'Rohini-16', course 'Abacus'".
std::string describe_scope(const ResetScope& scope);

// "Season ending 2026-11-26", with the scope appended when it is not everyone.
// REQUIRES: `ended_at_utc` in storage form "YYYY-MM-DD HH:MM:SS".
std::string season_name(std::string_view ended_at_utc, const ResetScope& scope);

// Standard competition ranks ("1224") for points already ordered best first (more points, then
// lower user id): equal points share a rank, the next distinct value skips the tied places.
std::vector<long long> competition_ranks(std::span<const long long> points_best_first);

// Branches whose standings a viewer may read. Admins: all. Teachers: the branches assigned to
// them, or all when none are assigned. Students: their own branch only (nothing without one).
BranchFilter standings_filter(Viewer viewer, const std::optional<std::string>& own_branch,
                              const std::vector<std::string>& teacher_branches);

// Whether a standing of `branch` passes the filter (a standing without a branch: admins only).
bool can_see_branch(const BranchFilter& filter, const std::optional<std::string>& branch);

// Clamps an audit-log page size to 1..500; the default is 50.
long long audit_page_size(std::optional<long long> requested);

}  // namespace anzan::seasons
