#include "seasons/console.hpp"

#include "seasons/rules.hpp"

namespace anzan::seasons::console {
namespace {

std::string count(long long n) { return std::to_string(n); }

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
    return {
        "1️⃣ Deleting all practice sessions and attempts...",
        "   ✅ Deleted " + count(s.practice_sessions_deleted) + " practice sessions",
        "   ✅ Deleted " + count(s.attempts_deleted) + " attempts",
        "",
        "2️⃣ Deleting all paper attempts...",
        "   ✅ Deleted " + count(s.paper_attempts_deleted) + " paper attempts",
        "",
        "3️⃣ Deleting all badges and rewards...",
        "   ✅ Deleted " + count(s.rewards_deleted) + " rewards/badges",
        "",
        "4️⃣ Resetting all user statistics...",
        "   ✅ Reset stats for " + count(s.users_reset) + " users",
        "   ✅ Deleted " + count(s.points_logs_deleted) + " points log entries and " + count(s.streak_days_deleted) +
            " streak days",
        "",
        "5️⃣ Resetting leaderboard...",
        "   ✅ Reset " + count(s.leaderboard_entries_reset) + " leaderboard entries",
        "",
    };
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
    return {
        "🔍 Dry run: counting what a reset would change...",
        rule(),
        "   • " + count(s.practice_sessions_deleted) + " practice sessions and " + count(s.attempts_deleted) +
            " attempts would be deleted",
        "   • " + count(s.paper_attempts_deleted) + " paper attempts would be deleted",
        "   • " + count(s.rewards_deleted) + " rewards/badges would be deleted",
        "   • " + count(s.points_logs_deleted) + " points log entries and " + count(s.streak_days_deleted) +
            " streak days would be deleted",
        "   • " + count(s.users_reset) + " users would have their stats reset",
        "   • " + count(s.leaderboard_entries_reset) + " leaderboard entries would be reset",
        rule(),
        "Dry run: nothing was changed.",
    };
}

std::vector<std::string> failed_lines(std::string_view reason) {
    return {"", "❌ Reset failed: " + std::string(reason), "   Nothing was changed: the transaction was rolled back."};
}

}  // namespace anzan::seasons::console
