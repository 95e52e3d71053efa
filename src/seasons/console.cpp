#include "seasons/console.hpp"

#include "seasons/rules.hpp"

#include <algorithm>

namespace anzan::seasons::console {
namespace {

std::string count(long long n) { return std::to_string(n); }

// The counts the guide's own lines report; any other table a reset changes gets a line of its own.
constexpr std::string_view kGuideCounts[] = {
    "practice_sessions_deleted", "attempts_deleted",    "paper_attempts_deleted", "rewards_deleted",
    "users_reset",               "points_logs_deleted", "streak_days_deleted",    "leaderboard_entries_reset"};

bool in_guide(const std::string& key) {
    return std::find(std::begin(kGuideCounts), std::end(kGuideCounts), key) != std::end(kGuideCounts);
}

}  // namespace

std::string rule() { return std::string(60, '='); }

std::vector<std::string> banner_lines(const ResetScope& scope) {
    // Word for word from the guide: operators compare the screen with it.
    std::vector<std::string> lines = {
        rule(),
        "DATABASE PROGRESS RESET SCRIPT",
        rule(),
        rule(),
        "⚠️  WARNING: DATABASE RESET",
        rule(),
        "",
        "This will DELETE ALL progress data:",
        "   • All practice sessions and attempts",
        "   • All paper attempts",
        "   • All badges and rewards",
        "   • All user points, streaks, and stats",
        "   • All leaderboard data",
    };
    if (!scope.is_everyone()) lines.push_back("   (only for students of " + describe_scope(scope) + ")");
    lines.push_back("");
    return lines;
}

bool is_confirmed(std::string_view answer) {
    if (!answer.empty() && answer.back() == '\r') answer.remove_suffix(1);
    return answer == kConfirmWord;
}

std::vector<std::string> cancelled_lines() { return {"", "❌ Reset cancelled: nothing was changed."}; }

std::vector<std::string> start_lines() { return {"", "🔄 Starting database reset...", rule(), ""}; }

std::vector<std::string> backup_lines(const ResetSummary& summary) {
    if (!summary.backup_path) return {"💾 No backup written (--no-backup)", ""};
    return {"💾 Backup written and verified: " + *summary.backup_path, ""};
}

std::vector<std::string> step_lines(const ResetSummary& s) {
    const auto n = [&](std::string_view key) { return count(rows_of(s.counts, key)); };
    std::vector<std::string> lines = {
        "1️⃣ Deleting all practice sessions and attempts...",
        "   ✅ Deleted " + n("practice_sessions_deleted") + " practice sessions",
        "   ✅ Deleted " + n("attempts_deleted") + " attempts",
        "",
        "2️⃣ Deleting all paper attempts...",
        "   ✅ Deleted " + n("paper_attempts_deleted") + " paper attempts",
        "",
        "3️⃣ Deleting all badges and rewards...",
        "   ✅ Deleted " + n("rewards_deleted") + " rewards/badges",
        "",
        "4️⃣ Resetting all user statistics...",
        "   ✅ Reset stats for " + n("users_reset") + " users",
        "   ✅ Deleted " + n("points_logs_deleted") + " points log entries and " + n("streak_days_deleted") +
            " streak days",
        "",
        "5️⃣ Resetting leaderboard...",
        "   ✅ Reset " + n("leaderboard_entries_reset") + " leaderboard entries",
        "",
    };
    for (const auto& other : s.counts)
        if (!in_guide(other.key)) lines.insert(lines.end() - 1, "   ✅ Reset " + count(other.rows) + " " + other.label);
    return lines;
}

std::vector<std::string> season_lines(const ResetSummary& s) {
    if (!s.season_id) return {};
    return {"🗄️  Archived '" + s.season_name + "' (season " + count(*s.season_id) + ", " + count(s.standings_archived) +
                " student standings)",
            ""};
}

std::vector<std::string> committing_lines() { return {"💾 Committing changes to database..."}; }

std::vector<std::string> committed_lines() { return {"   ✅ All changes committed successfully!", ""}; }

std::vector<std::string> final_lines() { return {rule(), "✅ Database reset completed successfully!", rule()}; }

std::vector<std::string> dry_run_lines(const ResetSummary& s) {
    const auto n = [&](std::string_view key) { return count(rows_of(s.counts, key)); };
    std::vector<std::string> lines = {
        "🔍 Dry run: counting what a reset would change...",
        rule(),
        "   • " + n("practice_sessions_deleted") + " practice sessions and " + n("attempts_deleted") +
            " attempts would be deleted",
        "   • " + n("paper_attempts_deleted") + " paper attempts would be deleted",
        "   • " + n("rewards_deleted") + " rewards/badges would be deleted",
        "   • " + n("points_logs_deleted") + " points log entries and " + n("streak_days_deleted") +
            " streak days would be deleted",
        "   • " + n("users_reset") + " users would have their stats reset",
        "   • " + n("leaderboard_entries_reset") + " leaderboard entries would be reset",
    };
    for (const auto& other : s.counts)
        if (!in_guide(other.key)) lines.push_back("   • " + count(other.rows) + " " + other.label + " would be reset");
    lines.push_back(rule());
    lines.push_back("Dry run: nothing was changed.");
    return lines;
}

std::vector<std::string> failed_lines(std::string_view reason) {
    return {"", "❌ Reset failed: " + std::string(reason), "   Nothing was changed: the transaction was rolled back."};
}

}  // namespace anzan::seasons::console
