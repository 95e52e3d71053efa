#include "seasons/json.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>

#include "platform/time.hpp"
#include "seasons/rules.hpp"

namespace anzan::seasons {
namespace {
using json = nlohmann::json;

// DATABASE_RESET_GUIDE.md's response keys, in its order.
constexpr std::string_view kGuideKeys[] = {"practice_sessions_deleted", "paper_attempts_deleted", "rewards_deleted",
                                           "users_reset", "leaderboard_entries_reset"};
// Counts the reset response has never carried (the audit log's counts have them all).
constexpr std::string_view kNotInResponse[] = {"streak_days_deleted"};

json optional_json(const std::optional<std::string>& text) { return text ? json(*text) : json(); }
json optional_json(const std::optional<long long>& value) { return value ? json(*value) : json(); }
json optional_iso(const std::optional<std::string>& stored) { return stored ? json(storage_to_iso(*stored)) : json(); }

// A JSON column read back as text; kept as a string if a legacy or hand-edited row is not JSON.
json embedded(const std::optional<std::string>& text) {
    if (!text) return json();
    auto parsed = json::parse(*text, nullptr, false);
    return parsed.is_discarded() ? json(*text) : parsed;
}

Result<std::optional<std::string>> scope_field(const json& body, const char* field) {
    if (!body.contains(field) || body[field].is_null()) return std::optional<std::string>{};
    if (!body[field].is_string()) return Error::invalid(std::string("Field '") + field + "' must be a string");
    return std::optional<std::string>(body[field].get<std::string>());
}

}  // namespace

Result<ResetScope> parse_reset_body(const json& parsed) {
    if (!parsed.is_object()) return Error::invalid("The request body must be a JSON object like {\"branch\": \"…\"}");
    auto branch = TRY(scope_field(parsed, "branch"));
    auto course = TRY(scope_field(parsed, "course"));
    return normalize_scope(std::move(branch), std::move(course));
}

std::string scope_json(const ResetScope& scope) {
    return json{{"branch", optional_json(scope.branch)}, {"course", optional_json(scope.course)}}.dump();
}

std::string counts_json(const TableCounts& counts) {
    json out = json::object();
    for (const auto& count : counts) out[count.key] = count.rows;
    return out.dump();
}

nlohmann::ordered_json reset_response_json(const ResetSummary& s, bool dry_run) {
    using nlohmann::ordered_json;
    auto nullable = [](const auto& value) { return value ? ordered_json(*value) : ordered_json(); };
    ordered_json summary = ordered_json::object();
    // The guide's five keys first, in its order; then every other count in the reset's order.
    for (std::string_view key : kGuideKeys) summary[std::string(key)] = rows_of(s.counts, key);
    for (const auto& count : s.counts) {
        const bool listed = std::find(std::begin(kGuideKeys), std::end(kGuideKeys), count.key) != std::end(kGuideKeys);
        const bool left_out =
            std::find(std::begin(kNotInResponse), std::end(kNotInResponse), count.key) != std::end(kNotInResponse);
        if (!listed && !left_out) summary[count.key] = count.rows;
    }
    summary["backup"] = nullable(s.backup_path);
    summary["season_id"] = nullable(s.season_id);
    return ordered_json{{"message", dry_run ? "Dry run: nothing was changed" : "All progress data reset successfully"},
                   {"summary", summary}};
}

json season_json(const Season& season, bool with_admin_fields) {
    json out = {{"id", season.id},
                {"name", season.name},
                {"scope", {{"branch", optional_json(season.scope_branch)}, {"course", optional_json(season.scope_course)}}},
                {"started_at", optional_iso(season.started_at)},
                {"ended_at", optional_iso(season.ended_at)},
                {"students", season.standings_count}};
    if (with_admin_fields) {
        out["backup_path"] = optional_json(season.backup_path);
        out["reset_by_user_id"] = optional_json(season.reset_by_user_id);
        out["reset_by_os_user"] = optional_json(season.reset_by_os_user);
    }
    return out;
}

json standings_json(const Season& season, const std::vector<Standing>& standings) {
    json rows = json::array();
    for (const auto& s : standings) {
        rows.push_back({{"rank", optional_json(s.rank)},
                        {"user_id", s.user_id},
                        {"name", s.name},
                        {"public_id", optional_json(s.public_id)},
                        {"branch", optional_json(s.branch)},
                        {"course", optional_json(s.course)},
                        {"level", optional_json(s.level)},
                        {"final_points", s.final_points},
                        {"weekly_points", s.weekly_points},
                        {"current_streak", s.current_streak},
                        {"longest_streak", s.longest_streak},
                        {"total_questions_attempted", s.total_questions_attempted},
                        {"badges_count", s.badges_count},
                        {"badges", embedded(s.badges_json)}});
    }
    return {{"season", season_json(season, false)}, {"standings", rows}};
}

json audit_json(const std::vector<AuditEntry>& entries) {
    json rows = json::array();
    for (const auto& e : entries) {
        rows.push_back({{"id", e.id},
                        {"actor_user_id", optional_json(e.actor_user_id)},
                        {"actor_os_user", optional_json(e.actor_os_user)},
                        {"action", e.action},
                        {"scope", embedded(e.scope_json)},
                        {"counts", embedded(e.counts_json)},
                        {"backup_path", optional_json(e.backup_path)},
                        {"detail", optional_json(e.detail)},
                        {"created_at", storage_to_iso(e.created_at)}});
    }
    return rows;
}

}  // namespace anzan::seasons
