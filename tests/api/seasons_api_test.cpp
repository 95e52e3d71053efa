// The season reset, seasons and audit log over real HTTP on a fresh database (SQLite, or PostgreSQL
// when ANZAN_TEST_PG_ADMIN_URL is set), with the demo data: 12 students in two branches
// (Rohini-16: student1-6, Gurgaon: student7-12), an admin and a teacher.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <thread>
#include <atomic>
#include <chrono>

#include "harness.hpp"

namespace anzan::test {
namespace {
using json = nlohmann::json;

constexpr const char* kReset = "/api/users/admin/reset-progress";

class SeasonsApi : public ::testing::Test {
protected:
    TestServer server;
    httplib::Client http = server.client();

    httplib::Result reset(const std::string& token, const std::string& query = "", const std::string& body = "") {
        return http.Post(std::string(kReset) + query, bearer(token), body, "application/json");
    }
    json get(const std::string& path, const std::string& token, int expected_status = 200) {
        auto res = http.Get(path, bearer(token));
        EXPECT_TRUE(res);
        if (!res) return {};
        EXPECT_EQ(res->status, expected_status) << path << ": " << res->body;
        return body_json(res);
    }
};

TEST_F(SeasonsApi, OnlyAdminsMayReset) {
    auto anonymous = http.Post(kReset, "", "application/json");
    ASSERT_TRUE(anonymous);
    EXPECT_EQ(anonymous->status, 401);
    for (const auto& token : {server.student_token(), server.teacher_token()}) {
        auto res = reset(token);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 403);
        EXPECT_EQ(body_json(res).at("detail"), "Admin access required");
    }
    EXPECT_EQ(get("/api/seasons", server.admin_token()).size(), 0u) << "a refused reset archived nothing";
}

TEST_F(SeasonsApi, DryRunCountsAndChangesNothing) {
    const auto admin = server.admin_token();
    auto res = reset(admin, "?dry_run=true");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const json body = body_json(res);
    EXPECT_EQ(body.at("message"), "Dry run: nothing was changed");
    EXPECT_GT(body.at("summary").at("practice_sessions_deleted").get<long long>(), 0);
    EXPECT_EQ(body.at("summary").at("users_reset"), 14);
    EXPECT_TRUE(body.at("summary").at("season_id").is_null());
    auto again = reset(admin, "?dry_run=true");
    EXPECT_EQ(body_json(again), body) << "a dry run must leave the same data behind";
    EXPECT_EQ(get("/api/seasons", admin).size(), 0u);
}

TEST_F(SeasonsApi, ResetAnswersTheGuideShapeArchivesAndAudits) {
    const auto admin = server.admin_token();
    const json dry = body_json(reset(admin, "?dry_run=true"));
    auto res = reset(admin);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const json body = body_json(res);
    EXPECT_EQ(body.at("message"), "All progress data reset successfully");
    std::set<std::string> keys;
    for (const auto& [key, value] : body.at("summary").items()) keys.insert(key);
    EXPECT_EQ(keys, (std::set<std::string>{"practice_sessions_deleted", "paper_attempts_deleted", "rewards_deleted",
                                           "users_reset", "leaderboard_entries_reset", "attempts_deleted",
                                           "points_logs_deleted", "backup", "season_id"}));
    for (const char* count : {"practice_sessions_deleted", "attempts_deleted", "points_logs_deleted", "users_reset"})
        EXPECT_EQ(body["summary"][count], dry["summary"][count]) << count;
    ASSERT_TRUE(body["summary"]["backup"].is_string());
    EXPECT_TRUE(std::filesystem::exists(body["summary"]["backup"].get<std::string>()));
    const long long season_id = body["summary"]["season_id"].get<long long>();

    std::string out;
    EXPECT_EQ(server.run_cli("check", &out), 0) << out;
    EXPECT_EQ(body_json(reset(admin, "?dry_run=true"))["summary"]["practice_sessions_deleted"], 0);

    const json seasons = get("/api/seasons", admin);
    ASSERT_EQ(seasons.size(), 1u);
    EXPECT_EQ(seasons[0]["id"], season_id);
    EXPECT_EQ(seasons[0]["students"], 12);
    EXPECT_TRUE(seasons[0]["scope"]["branch"].is_null());
    EXPECT_EQ(seasons[0]["backup_path"], body["summary"]["backup"]);

    const json all = get("/api/seasons/" + std::to_string(season_id) + "/standings", admin);
    ASSERT_EQ(all["standings"].size(), 12u);
    long long previous_points = -1, previous_rank = 0;
    for (size_t idx = 0; idx < all["standings"].size(); ++idx) {
        const json& row = all["standings"][idx];
        const long long points = row["final_points"], rank = row["rank"];
        if (idx == 0) EXPECT_EQ(rank, 1);
        else if (points == previous_points) EXPECT_EQ(rank, previous_rank);
        else EXPECT_EQ(rank, static_cast<long long>(idx) + 1) << "competition ranking";
        if (idx > 0) {
            EXPECT_LE(points, previous_points);
        }
        previous_points = points;
        previous_rank = rank;
    }

    const json mine = get("/api/seasons/" + std::to_string(season_id) + "/standings", server.student_token());
    EXPECT_EQ(mine["standings"].size(), 6u);
    for (const auto& row : mine["standings"]) EXPECT_EQ(row["branch"], "Rohini-16");
    const json students_view = get("/api/seasons", server.student_token());
    EXPECT_FALSE(students_view[0].contains("backup_path"));
    EXPECT_EQ(get("/api/seasons/" + std::to_string(season_id) + "/standings", server.teacher_token())["standings"].size(), 12u);
    get("/api/seasons/999999/standings", admin, 404);

    const json audit = get("/api/admin/audit-log?limit=5", admin);
    ASSERT_EQ(audit.size(), 1u);
    EXPECT_EQ(audit[0]["action"], "reset_progress");
    EXPECT_TRUE(audit[0]["actor_user_id"].is_number());
    EXPECT_EQ(audit[0]["counts"]["users_reset"], 14);
    EXPECT_TRUE(audit[0]["scope"]["branch"].is_null());
    EXPECT_EQ(audit[0]["backup_path"], body["summary"]["backup"]);
    get("/api/admin/audit-log", server.student_token(), 403);
    get("/api/admin/audit-log?limit=abc", admin, 422);
}

TEST_F(SeasonsApi, BranchScopeResetsOnlyThatBranch) {
    const auto admin = server.admin_token();
    auto res = reset(admin, "?backup=false", R"({"branch": "Gurgaon"})");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const json body = body_json(res);
    EXPECT_EQ(body["summary"]["users_reset"], 6);
    EXPECT_TRUE(body["summary"]["backup"].is_null());
    const json left = body_json(reset(admin, "?dry_run=true"));
    EXPECT_GT(left["summary"]["practice_sessions_deleted"].get<long long>(), 0) << "Rohini-16 keeps its practice";
    EXPECT_EQ(body_json(reset(admin, "?dry_run=true", R"({"branch": "Gurgaon"})"))["summary"]["practice_sessions_deleted"], 0);
    const json seasons = get("/api/seasons", admin);
    EXPECT_EQ(seasons[0]["scope"]["branch"], "Gurgaon");
    EXPECT_EQ(seasons[0]["students"], 6);
    std::string out;
    EXPECT_EQ(server.run_cli("check", &out), 0) << out;
}

TEST_F(SeasonsApi, BadBodiesAreRefusedBeforeAnythingChanges) {
    const auto admin = server.admin_token();
    auto wrong_type = reset(admin, "", R"({"branch": 5})");
    ASSERT_TRUE(wrong_type);
    EXPECT_EQ(wrong_type->status, 422);
    auto blank = reset(admin, "", R"({"branch": "  "})");
    ASSERT_TRUE(blank);
    EXPECT_EQ(blank->status, 422);
    auto broken = reset(admin, "", "{");
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->status, 400);
    auto flag = reset(admin, "?dry_run=maybe");
    ASSERT_TRUE(flag);
    EXPECT_EQ(flag->status, 422);
    EXPECT_EQ(get("/api/seasons", admin).size(), 0u);
}

// Whether the server's working directory (where backups go on both engines) holds a backup still
// being written or verified.
bool backup_in_progress(const std::string& dir) {
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".partial") return true;
    return false;
}

TEST_F(SeasonsApi, ReadsAnswerAndASecondResetConflictsWhileAResetRuns) {
    // 400k attempts, so the backup takes long enough for the test to act while the reset runs.
    // `1 = 1` is 1 on SQLite and TRUE on PostgreSQL's boolean column.
    server.database().execute(R"sql(
        WITH RECURSIVE q(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM q WHERE k < 400000)
        INSERT INTO attempts (session_id, question_data, user_answer, correct_answer, is_correct, time_taken,
                              question_number, created_at)
        SELECT (SELECT MIN(id) FROM practice_sessions), '{"text":"12 + 7"}', 19, 19, 1 = 1, 4.0, k,
               '2026-10-01 10:00:00' FROM q)sql");
    const auto admin = server.admin_token();
    std::atomic<bool> first_done{false};
    int first_status = 0;
    json first_body;
    std::thread first_reset([&] {
        auto client = server.client();
        client.set_read_timeout(120, 0);
        if (auto res = client.Post(kReset, bearer(admin), "", "application/json")) {
            first_status = res->status;
            first_body = json::parse(res->body, nullptr, false);
        }
        first_done = true;
    });
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    bool caught = false;
    while (!first_done && !caught && std::chrono::steady_clock::now() < deadline) {
        caught = backup_in_progress(server.database().temp_dir());
        if (!caught) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    EXPECT_TRUE(caught) << "the reset finished before the test saw its backup being written";
    if (caught) {
        auto second = reset(admin);
        ASSERT_TRUE(second);
        EXPECT_EQ(second->status, 409) << second->body;
        EXPECT_NE(body_json(second).value("detail", "").find("Another progress reset is running"), std::string::npos);
    }
    int reads_during_reset = 0;
    while (!first_done) {
        for (const char* path : {"/api/users/me", "/api/seasons", "/api/health"}) {
            auto res = http.Get(path, bearer(admin));
            ASSERT_TRUE(res) << path;
            EXPECT_EQ(res->status, 200) << path << ": " << res->body;
            if (!first_done) ++reads_during_reset;
        }
    }
    first_reset.join();
    ASSERT_EQ(first_status, 200) << first_body.dump();
    EXPECT_GE(first_body["summary"]["attempts_deleted"].get<long long>(), 400000);
    EXPECT_GE(reads_during_reset, 1) << "no read was answered while the reset ran";
    EXPECT_EQ(get("/api/seasons", admin).size(), 1u) << "exactly one reset ran";
}

TEST_F(SeasonsApi, LegacyPathWithoutApiPrefixWorks) {
    auto res = http.Post("/users/admin/reset-progress?dry_run=true", bearer(server.admin_token()), "", "application/json");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << res->body;
}

TEST(SeasonsApiBackup, FailedBackupRefusesTheResetWith503) {
    TestServer server(ServerOptions{true, {{"BACKUP_DIR", "/nonexistent/anzan-backups"}}});
    auto http = server.client();
    const auto admin = server.admin_token();
    const json before = body_json(http.Post(std::string(kReset) + "?dry_run=true", bearer(admin), "", "application/json"));
    auto res = http.Post(kReset, bearer(admin), "", "application/json");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 503) << res->body;
    const std::string detail = body_json(res).at("detail");
    EXPECT_EQ(detail.rfind("Failed to reset progress data: ", 0), 0u) << detail;
    const json after = body_json(http.Post(std::string(kReset) + "?dry_run=true", bearer(admin), "", "application/json"));
    EXPECT_EQ(after, before) << "nothing may change when the backup fails";
}

}  // namespace
}  // namespace anzan::test
