// Plain data of the seasons area: what a progress reset covers, what it did, and the archived
// seasons and standings it leaves behind. No behaviour here; see rules.hpp, store.hpp, reset.hpp.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "academy/types.hpp"
#include "platform/table_count.hpp"

namespace anzan::seasons {

// Which students a reset covers. Both empty: every user (admins and teachers included), as the
// legacy reset did. Otherwise only students whose profile matches every given field.
using ResetScope = academy::StudentScope;

// Whether a verified backup is written before the reset changes anything.
enum class Backup { Yes, No };

// Who asked: a signed-in admin (API) or the operating-system user running the CLI.
struct Actor {
    std::optional<long long> user_id;
    std::string os_user;
};

struct ResetOptions {
    ResetScope scope;
    bool dry_run = false;
    Backup backup = Backup::Yes;
    Actor actor;
};

// What a reset did (or, in a dry run, would do): the rows of each table it changes, reported by
// the areas that own them (progress, papers), in the order the reset changes them.
struct ResetSummary {
    TableCounts counts;
    std::optional<std::string> backup_path;  // the verified backup, when one was written
    std::optional<long long> season_id;      // the archived season (not in a dry run)
    long long standings_archived = 0;
    std::string season_name;
};

// One archived season (a row of `seasons`) with the number of standings kept for it.
struct Season {
    long long id = 0;
    std::string name;
    std::optional<std::string> scope_branch, scope_course;
    std::optional<std::string> started_at, ended_at;  // storage text, UTC
    std::optional<long long> reset_by_user_id;
    std::optional<std::string> reset_by_os_user, backup_path;
    long long standings_count = 0;
};

// A student's final standing in a closed season.
struct Standing {
    long long user_id = 0;
    std::string name;
    std::optional<std::string> public_id, branch, course, level;
    long long final_points = 0;
    std::optional<long long> rank;
    long long weekly_points = 0;
    long long current_streak = 0, longest_streak = 0;
    long long total_questions_attempted = 0;
    long long badges_count = 0;
    std::string badges_json = "[]";  // JSON array of badge types
};

// One admin_audit_log row.
struct AuditEntry {
    long long id = 0;
    std::optional<long long> actor_user_id;
    std::optional<std::string> actor_os_user;
    std::string action;
    std::optional<std::string> scope_json, counts_json, backup_path, detail;
    std::string created_at;
};

// Which branches' standings a caller may read: all of them, or only the listed ones.
struct BranchFilter {
    bool all = false;
    std::vector<std::string> branches;
};

}  // namespace anzan::seasons

namespace anzan::seasons {
// Who is reading standings; decides which branches they see.
enum class Viewer { Student, Teacher, Admin };
}  // namespace anzan::seasons
