// Proves src/seasons/console.cpp: with the guide's example counts, the transcript contains every
// line of DATABASE_RESET_GUIDE.md's example output, word for word and in order
// (tests/fixtures/reset_guide_expected.txt is the guide's block, copied into the project).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "seasons/console.hpp"

namespace anzan::seasons::console {
namespace {

std::vector<std::string> guide_lines() {
    const auto path = std::filesystem::path(__FILE__).parent_path().parent_path() / "fixtures" / "reset_guide_expected.txt";
    std::ifstream in(path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

ResetSummary guide_summary() {
    ResetSummary s;
    s.counts = {{"practice_sessions", "practice_sessions_deleted", "practice sessions", 1234},
                {"paper_attempts", "paper_attempts_deleted", "paper attempts", 567},
                {"rewards", "rewards_deleted", "rewards/badges", 890},
                {"users", "users_reset", "users", 100},
                {"leaderboard", "leaderboard_entries_reset", "leaderboard entries", 100},
                {"attempts", "attempts_deleted", "attempts", 24680}};
    s.backup_path = "abacus_replitt.db.backup-20261126-081034";
    s.season_id = 1;
    s.season_name = "Season ending 2026-11-26";
    return s;
}

void append(std::vector<std::string>& out, const std::vector<std::string>& lines) {
    out.insert(out.end(), lines.begin(), lines.end());
}

// Each expected line must appear after the previous one; our own lines may sit in between.
void expect_in_order(const std::vector<std::string>& expected, const std::vector<std::string>& actual) {
    size_t pos = 0;
    for (const auto& line : expected) {
        while (pos < actual.size() && actual[pos] != line) ++pos;
        ASSERT_LT(pos, actual.size()) << "missing or out of order: \"" << line << "\"";
        ++pos;
    }
}

TEST(SeasonConsole, TranscriptHasEveryGuideLineInOrder) {
    const auto expected = guide_lines();
    ASSERT_EQ(expected.size(), 40u);
    std::vector<std::string> out;
    append(out, banner_lines(ResetScope{}));
    out.push_back(std::string(kConfirmPrompt) + "RESET");  // the prompt plus the typed answer
    append(out, start_lines());
    append(out, backup_lines(guide_summary()));
    append(out, step_lines(guide_summary()));
    append(out, season_lines(guide_summary()));
    append(out, committing_lines());
    append(out, committed_lines());
    append(out, final_lines());
    expect_in_order(expected, out);
}

TEST(SeasonConsole, BannerIsTheGuideVerbatim) {
    const auto expected = guide_lines();
    const auto banner = banner_lines(ResetScope{});
    ASSERT_GE(expected.size(), banner.size());
    for (size_t idx = 0; idx < banner.size(); ++idx) EXPECT_EQ(banner[idx], expected[idx]) << "line " << idx;
}

TEST(SeasonConsole, ScopedBannerKeepsTheGuideLinesAndNamesTheScope) {
    const auto banner = banner_lines(ResetScope{std::string("Gurgaon"), std::nullopt});
    expect_in_order(banner_lines(ResetScope{}), banner);
    EXPECT_NE(std::find(banner.begin(), banner.end(), "   (only for students of branch 'Gurgaon')"), banner.end());
}

TEST(SeasonConsole, OnlyTheExactWordConfirms) {
    EXPECT_TRUE(is_confirmed("RESET"));
    EXPECT_TRUE(is_confirmed("RESET\r"));
    for (const char* answer : {"", "reset", "Reset", "RESET ", " RESET", "RESETS", "yes", "y"}) {
        SCOPED_TRACE(answer);
        EXPECT_FALSE(is_confirmed(answer));
    }
}

TEST(SeasonConsole, StepCountsAreTheRealOnes) {
    ResetSummary s;
    s.counts = {{"practice_sessions", "practice_sessions_deleted", "practice sessions", 7},
                {"users", "users_reset", "users", 3}};
    const auto lines = step_lines(s);
    EXPECT_NE(std::find(lines.begin(), lines.end(), "   ✅ Deleted 7 practice sessions"), lines.end());
    EXPECT_NE(std::find(lines.begin(), lines.end(), "   ✅ Reset stats for 3 users"), lines.end());
}

TEST(SeasonConsole, ATableOutsideTheGuideGetsItsOwnLine) {
    ResetSummary s;
    s.counts = {{"badges_progress", "badges_progress_reset", "badge progress rows", 4}};
    const auto steps = step_lines(s);
    EXPECT_NE(std::find(steps.begin(), steps.end(), "   ✅ Reset 4 badge progress rows"), steps.end());
    const auto dry = dry_run_lines(s);
    EXPECT_NE(std::find(dry.begin(), dry.end(), "   • 4 badge progress rows would be reset"), dry.end());
}

TEST(SeasonConsole, DryRunSaysNothingChanged) {
    const auto lines = dry_run_lines(ResetSummary{});
    EXPECT_EQ(lines.back(), "Dry run: nothing was changed.");
}

TEST(SeasonConsole, RuleIsSixtyEqualsSigns) { EXPECT_EQ(rule(), std::string(60, '=')); }

}  // namespace
}  // namespace anzan::seasons::console
