// Proves src/seasons/rules.cpp: scope validation, names, competition ranking, who sees which
// standings. No database, no clock.
#include <gtest/gtest.h>

#include "seasons/rules.hpp"

namespace anzan::seasons {
namespace {

TEST(SeasonRules, NoScopeMeansEveryone) {
    const auto scope = normalize_scope(std::nullopt, std::nullopt);
    ASSERT_TRUE(scope.has_value());
    EXPECT_TRUE(scope->is_everyone());
    EXPECT_EQ(describe_scope(*scope), "everyone");
}

TEST(SeasonRules, ScopeFieldsAreTrimmed) {
    const auto scope = normalize_scope(std::string("  Rohini-16 "), std::string("Abacus\t"));
    ASSERT_TRUE(scope.has_value());
    EXPECT_EQ(*scope->branch, "Rohini-16");
    EXPECT_EQ(*scope->course, "Abacus");
    EXPECT_EQ(describe_scope(*scope), "branch 'Rohini-16', course 'Abacus'");
}

TEST(SeasonRules, BlankOrOverlongScopeIsRefused) {
    struct Row {
        const char* name;
        std::optional<std::string> branch, course;
    };
    const Row rows[] = {
        {"blank branch", std::string(""), std::nullopt},
        {"spaces only course", std::nullopt, std::string("   ")},
        {"too long", std::string(kMaxScopeLength + 1, 'x'), std::nullopt},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.name);
        const auto scope = normalize_scope(row.branch, row.course);
        ASSERT_FALSE(scope.has_value());
        EXPECT_EQ(scope.error().code, ErrorCode::Invalid);
    }
    EXPECT_TRUE(normalize_scope(std::string(kMaxScopeLength, 'x'), std::nullopt).has_value());
}

TEST(SeasonRules, SeasonNameCarriesTheEndDateAndScope) {
    EXPECT_EQ(season_name("2026-11-26 08:10:34", ResetScope{}), "Season ending 2026-11-26");
    EXPECT_EQ(season_name("2026-11-26 08:10:34", ResetScope{std::string("Gurgaon"), std::nullopt}),
              "Season ending 2026-11-26 (branch 'Gurgaon')");
    EXPECT_EQ(season_name("2026-12-31 23:59:59", ResetScope{std::nullopt, std::string("Vedic Maths")}),
              "Season ending 2026-12-31 (course 'Vedic Maths')");
}

TEST(SeasonRules, CompetitionRanking) {
    struct Row {
        const char* name;
        std::vector<long long> points;
        std::vector<long long> ranks;
    };
    const Row rows[] = {
        {"empty", {}, {}},
        {"one", {10}, {1}},
        {"distinct", {30, 20, 10}, {1, 2, 3}},
        {"tie in the middle skips a place", {30, 20, 20, 10}, {1, 2, 2, 4}},
        {"tie at the top", {50, 50, 50, 1}, {1, 1, 1, 4}},
        {"all zero after a previous reset", {0, 0, 0}, {1, 1, 1}},
        {"largest amounts", {9'000'000'000'000LL, 9'000'000'000'000LL, -5}, {1, 1, 3}},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.name);
        EXPECT_EQ(competition_ranks(row.points), row.ranks);
    }
}

TEST(SeasonRules, AdminsSeeEveryBranch) {
    const auto filter = standings_filter(Viewer::Admin, std::nullopt, {});
    EXPECT_TRUE(can_see_branch(filter, std::string("Gurgaon")));
    EXPECT_TRUE(can_see_branch(filter, std::nullopt));
}

TEST(SeasonRules, StudentsSeeOnlyTheirOwnBranch) {
    const auto filter = standings_filter(Viewer::Student, std::string("Gurgaon"), {});
    EXPECT_TRUE(can_see_branch(filter, std::string("Gurgaon")));
    EXPECT_FALSE(can_see_branch(filter, std::string("Rohini-16")));
    EXPECT_FALSE(can_see_branch(filter, std::nullopt));
    const auto no_branch = standings_filter(Viewer::Student, std::nullopt, {});
    EXPECT_FALSE(can_see_branch(no_branch, std::string("Gurgaon")));
}

TEST(SeasonRules, TeachersSeeTheirBranchesOrAllWhenUnassigned) {
    const auto assigned = standings_filter(Viewer::Teacher, std::nullopt, {"Gurgaon", "Rohini-16"});
    EXPECT_TRUE(can_see_branch(assigned, std::string("Rohini-16")));
    EXPECT_FALSE(can_see_branch(assigned, std::string("Dwarka")));
    const auto unassigned = standings_filter(Viewer::Teacher, std::nullopt, {});
    EXPECT_TRUE(can_see_branch(unassigned, std::string("Dwarka")));
}

TEST(SeasonRules, AuditPageSizeIsClamped) {
    EXPECT_EQ(audit_page_size(std::nullopt), 50);
    EXPECT_EQ(audit_page_size(0), 1);
    EXPECT_EQ(audit_page_size(7), 7);
    EXPECT_EQ(audit_page_size(100000), 500);
}

}  // namespace
}  // namespace anzan::seasons
