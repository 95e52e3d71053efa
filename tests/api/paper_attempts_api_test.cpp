// Online paper attempts over real HTTP (SQLite and PostgreSQL): the server generates the questions
// it grades, autosaves, submits with exact counts and points (an answer of 0 counts), credits once
// under repeats and 50 concurrent submits, keeps the two-attempt limit under concurrent starts,
// hides other students' attempts (404), refuses bad input without writing, hides the answer key
// while an attempt is open, abandons an attempt untouched for an hour, and lets teachers assign
// saved papers to their branches.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <map>
#include <thread>

#include "harness.hpp"

namespace anzan::test {
namespace {
using json = nlohmann::json;

constexpr const char* kTeacherBranchSql =
    "INSERT INTO teacher_branches (user_id, branch) SELECT id, 'Rohini-16' FROM users "
    "WHERE email = 'teacher@anzan.demo'";

// Two questions whose answer is 0 (ids 1 and 2), then six one-digit additions (ids 3..8).
json weekly_config() {
    return {{"title", "Weekly"},
            {"level", "Custom"},
            {"blocks", json::array({{{"id", "z"},
                                     {"type", "subtraction"},
                                     {"count", 2},
                                     {"constraints", {{"digits", 1}, {"rows", 2}, {"minAnswer", 0}, {"maxAnswer", 0}}}},
                                    {{"id", "a"},
                                     {"type", "addition"},
                                     {"count", 6},
                                     {"constraints", {{"digits", 1}, {"rows", 2}}}}})}};
}

// The legacy start body. generated_blocks is the client's and must be ignored.
json legacy_start(long long seed, const json& config = weekly_config()) {
    return {{"paper_title", "Weekly"},
            {"paper_level", "Custom"},
            {"paper_config", config},
            {"generated_blocks", json::array({{{"config", {{"type", "addition"}}},
                                               {"questions", json::array({{{"id", 1}, {"text", "1 + 1"}, {"answer", 3}}})}}})},
            {"seed", seed}};
}

class PaperAttemptsApi : public ::testing::Test {
  protected:
    TestServer server;
    httplib::Client http = server.client();
    std::string student = server.student_token();

    json call(const char* method, const std::string& path, const json& body, const std::string& token,
              int expected_status) {
        httplib::Result res{nullptr, httplib::Error::Unknown};
        const std::string text = body.is_null() ? "" : body.dump();
        if (std::string(method) == "POST") res = http.Post(path, bearer(token), text, "application/json");
        else if (std::string(method) == "PUT") res = http.Put(path, bearer(token), text, "application/json");
        else if (std::string(method) == "PATCH") res = http.Patch(path, bearer(token), text, "application/json");
        else if (std::string(method) == "DELETE") res = http.Delete(path, bearer(token));
        else res = http.Get(path, bearer(token));
        EXPECT_TRUE(res) << method << " " << path;
        if (!res) return nullptr;
        EXPECT_EQ(res->status, expected_status) << method << " " << path << ": " << res->body;
        return body_json(res);
    }
    json start(const json& body, int expected = 200, const std::string& token = "") {
        return call("POST", "/api/papers/attempt", body, token.empty() ? student : token, expected);
    }
    std::string attempt_path(const json& attempt) { return "/api/papers/attempt/" + std::to_string(attempt["id"].get<long long>()); }
    long long balance(const std::string& token) {
        return call("GET", "/api/users/me", nullptr, token, 200)["total_points"].get<long long>();
    }
    // Question id → exact answer, from a preview of the same config and seed (the server's generator).
    std::map<int, std::string> answer_key(const json& config, long long seed) {
        json body = config;
        body["seed"] = seed;
        std::map<int, std::string> key;
        const json preview = call("POST", "/api/papers/preview", body, student, 200);
        for (const auto& block : preview["blocks"])
            for (const auto& question : block["questions"]) key[question["id"]] = question["answer_text"];
        return key;
    }
};

TEST_F(PaperAttemptsApi, StartAutosaveReloadAndSubmitGradeEveryQuestion) {
    const json started = start(legacy_start(777));
    EXPECT_EQ(started["status"], "open");
    EXPECT_EQ(started["total_questions"], 8);
    EXPECT_EQ(started["attempt_number"], 1);
    EXPECT_TRUE(started["seed"].is_null()) << "the seed regenerates the answer key: hidden while open";
    EXPECT_TRUE(started["results"].is_null());
    EXPECT_FALSE(started["expires_at"].is_null());
    // The server's questions, not the client's: the same as a preview of the config and seed.
    const auto key = answer_key(weekly_config(), 777);
    ASSERT_EQ(key.size(), 8u);
    EXPECT_EQ(key.at(1), "0");
    EXPECT_EQ(key.at(2), "0");
    int questions = 0;
    for (const auto& block : started["generated_blocks"]) {
        for (const auto& question : block["questions"]) {
            ++questions;
            EXPECT_FALSE(question.contains("answer")) << question;
            EXPECT_FALSE(question.contains("answer_text")) << question;
        }
    }
    EXPECT_EQ(questions, 8);
    const std::string path = attempt_path(started);

    // Autosave, then reload: the answers come back, still without the key.
    const json saved = call("PATCH", path, {{"answers", {{"1", "0"}, {"4", "999"}, {"5", nullptr}}}}, student, 200);
    EXPECT_EQ(saved["id"], started["id"]);
    EXPECT_EQ(saved["answered"], 2);
    EXPECT_FALSE(saved["expires_at"].get<std::string>().empty());
    const json reloaded = call("GET", path, nullptr, student, 200);
    EXPECT_EQ(reloaded["answers"], json({{"1", "0"}, {"4", "999"}}));
    EXPECT_EQ(reloaded["status"], "open");
    EXPECT_FALSE(reloaded["generated_blocks"][1]["questions"][0].contains("answer_text"));

    // Right: 1 ("0"), 2 (the number 0), 3 (a number), 7 (leading zeros). Wrong: 4. Blank: 5, 6; missing: 8.
    const long long before = balance(student);
    const json answers = {{"1", "0"},
                          {"2", 0},
                          {"3", std::stoll(key.at(3))},
                          {"4", "999"},
                          {"5", "  "},
                          {"6", nullptr},
                          {"7", "00" + key.at(7)}};
    const json result = call("PUT", path, {{"answers", answers}, {"time_taken", 42.5}}, student, 200);
    EXPECT_EQ(result["status"], "completed");
    EXPECT_EQ(result["correct_answers"], 4);
    EXPECT_EQ(result["wrong_answers"], 1);
    EXPECT_EQ(result["unattempted"], 3);
    EXPECT_EQ(result["score"], 4);
    EXPECT_DOUBLE_EQ(result["accuracy"].get<double>(), 50.0);
    EXPECT_DOUBLE_EQ(result["time_taken"].get<double>(), 42.5);
    EXPECT_EQ(result["points_earned"], 5 * 1 + 4 * 5);  // per answered + per correct (defaults)
    EXPECT_EQ(result["seed"], 777);
    EXPECT_EQ(result["total_points"], before + 25);
    EXPECT_EQ(balance(student), before + 25);

    // One ledger row, with the legacy description and metadata.
    const json logs = call("GET", "/api/users/points/logs?limit=5", nullptr, student, 200);
    const json& entry = logs["logs"][0];
    EXPECT_EQ(entry["source_type"], "paper_attempt");
    EXPECT_EQ(entry["source_id"], started["id"]);
    EXPECT_EQ(entry["points"], 25);
    EXPECT_EQ(entry["description"], "Practice paper: Weekly (Custom)");
    EXPECT_EQ(entry["metadata"]["correct_answers"], 4);
    EXPECT_EQ(entry["metadata"]["wrong_answers"], 1);
    EXPECT_EQ(entry["metadata"]["attempted_questions"], 5);
    EXPECT_EQ(entry["metadata"]["total_questions"], 8);
    EXPECT_EQ(logs["match"], true);

    // Closed: the key and the per-question results are shown.
    const json detail = call("GET", path, nullptr, student, 200);
    EXPECT_EQ(detail["generated_blocks"][0]["questions"][0]["answer_text"], "0");
    EXPECT_TRUE(detail["expires_at"].is_null());
    ASSERT_EQ(detail["results"].size(), 8u);
    EXPECT_EQ(detail["results"][0], json({{"question_id", 1}, {"given", "0"}, {"correct_answer", "0"},
                                          {"is_correct", true}, {"answered", true}}));
    EXPECT_EQ(detail["results"][1]["is_correct"], true);
    EXPECT_EQ(detail["results"][3]["is_correct"], false);
    EXPECT_EQ(detail["results"][7]["answered"], false);

    // A repeat returns the stored result and credits nothing, whatever it sends.
    const json again = call("PUT", path, {{"answers", json::object()}, {"time_taken", 1}}, student, 200);
    EXPECT_EQ(again, result);
    EXPECT_EQ(balance(student), before + 25);
    call("PATCH", path, {{"answers", {{"1", "5"}}}}, student, 409);

    const json list = call("GET", "/api/papers/attempts", nullptr, student, 200);
    ASSERT_FALSE(list.empty());
    EXPECT_EQ(list[0]["id"], started["id"]);
    EXPECT_EQ(list[0]["status"], "completed");
    EXPECT_EQ(call("GET", "/api/papers/attempt/count?seed=777&paper_title=Weekly", nullptr, student, 200),
              json({{"count", 1}, {"can_reattempt", true}, {"max_attempts", 2}}));
    EXPECT_EQ(call("GET", path + "/validate", nullptr, student, 200),
              json({{"valid", false}, {"reason", "completed"}, {"expires_at", nullptr}}));
    // The legacy paths answer too.
    EXPECT_EQ(call("GET", "/papers/attempt/" + std::to_string(started["id"].get<long long>()), nullptr, student, 200)["id"],
              started["id"]);
}

TEST_F(PaperAttemptsApi, FiftyConcurrentSubmitsCreditOnce) {
    const json started = start(legacy_start(31));
    const std::string path = attempt_path(started);
    const auto key = answer_key(weekly_config(), 31);
    json answers = json::object();
    for (const auto& [id, answer] : key) answers[std::to_string(id)] = answer;
    const long long before = balance(student);
    constexpr int kSubmits = 50;
    std::atomic<int> ready{0};
    std::vector<int> statuses(kSubmits, 0);
    std::vector<long long> points(kSubmits, -1);
    std::vector<std::thread> threads;
    const std::string body = json{{"answers", answers}, {"time_taken", 12}}.dump();
    for (int i = 0; i < kSubmits; ++i) {
        threads.emplace_back([&, i] {
            auto client = server.client();
            ++ready;
            while (ready.load() < kSubmits) std::this_thread::yield();
            auto res = client.Put(path, bearer(student), body, "application/json");
            if (!res) return;
            statuses[i] = res->status;
            if (res->status == 200) points[i] = body_json(res)["points_earned"].get<long long>();
        });
    }
    for (auto& thread : threads) thread.join();
    for (int i = 0; i < kSubmits; ++i) {
        EXPECT_EQ(statuses[i], 200) << "submit " << i;
        EXPECT_EQ(points[i], 8 + 8 * 5) << "submit " << i;
    }
    EXPECT_EQ(balance(student), before + 48);
    const json logs = call("GET", "/api/users/points/logs?limit=100", nullptr, student, 200);
    int credits = 0;
    for (const auto& entry : logs["logs"])
        if (entry["source_type"] == "paper_attempt" && entry["source_id"] == started["id"]) ++credits;
    EXPECT_EQ(credits, 1);
}

TEST_F(PaperAttemptsApi, TwoAttemptsPerPaperEvenWhenStartsRace) {
    start(legacy_start(55));
    // Two concurrent starts with one attempt made: exactly one becomes attempt 2.
    std::vector<int> statuses(2, 0);
    std::vector<std::string> bodies(2);
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 2; ++i) {
        threads.emplace_back([&, i] {
            auto client = server.client();
            ++ready;
            while (ready.load() < 2) std::this_thread::yield();
            auto res = client.Post("/api/papers/attempt", bearer(student), legacy_start(55).dump(), "application/json");
            if (!res) return;
            statuses[i] = res->status;
            bodies[i] = res->body;
        });
    }
    for (auto& thread : threads) thread.join();
    std::sort(statuses.begin(), statuses.end());
    EXPECT_EQ(statuses, std::vector<int>({200, 409})) << bodies[0] << " / " << bodies[1];
    const json third = start(legacy_start(55), 409);
    EXPECT_EQ(third["detail"], "Maximum attempts reached (2 per paper: one attempt and one re-attempt)");
    EXPECT_EQ(call("GET", "/api/papers/attempt/count?seed=55&paper_title=Weekly", nullptr, student, 200),
              json({{"count", 2}, {"can_reattempt", false}, {"max_attempts", 2}}));
    // Another seed is another paper.
    EXPECT_EQ(start(legacy_start(56))["attempt_number"], 1);
}

TEST_F(PaperAttemptsApi, AnotherStudentsAttemptIsNotFound) {
    const json started = start(legacy_start(9));
    const std::string path = attempt_path(started);
    const std::string other = server.login("student2@anzan.demo");
    call("GET", path, nullptr, other, 404);
    call("PATCH", path, {{"answers", {{"1", "0"}}}}, other, 404);
    call("PUT", path, {{"answers", {{"1", "0"}}}, {"time_taken", 5}}, other, 404);
    EXPECT_EQ(call("GET", path + "/validate", nullptr, other, 200),
              json({{"valid", false}, {"reason", "not_found"}, {"expires_at", nullptr}}));
    EXPECT_TRUE(call("GET", "/api/papers/attempts", nullptr, other, 200).empty());
    // Untouched by all of that.
    EXPECT_EQ(call("GET", path, nullptr, student, 200)["status"], "open");
    EXPECT_EQ(call("GET", path + "/validate", nullptr, student, 200)["valid"], true);
}

TEST_F(PaperAttemptsApi, BadInputIsRefusedAndNothingIsWritten) {
    const json started = start(legacy_start(4));
    const std::string path = attempt_path(started);
    call("PATCH", path, {{"answers", {{"3", "7"}}}}, student, 200);
    const auto refused = [&](const char* method, const json& body, const std::string& fragment) {
        const json answer = call(method, path, body, student, 422);
        EXPECT_NE(answer["detail"].get<std::string>().find(fragment), std::string::npos) << answer;
    };
    refused("PATCH", {{"answers", {{"99", "1"}}}}, "Unknown question id '99'");
    refused("PATCH", {{"answers", {{"abc", "1"}}}}, "Unknown question id 'abc'");
    json nine = json::object();
    for (int id = 1; id <= 9; ++id) nine[std::to_string(id)] = "1";
    refused("PATCH", {{"answers", nine}}, "Too many answers");
    refused("PATCH", {{"answers", {{"1", "twelve"}}}}, "Question 1: the answer must be a number");
    refused("PATCH", {{"answers", {{"1", std::string(1000, '7')}}}}, "at most 24 characters");
    refused("PATCH", {{"answers", {{"1", true}}}}, "must be a number, a string or null");
    refused("PATCH", {{"answers", "12"}}, "answers must be an object");
    refused("PATCH", json::object(), "answers must be an object");
    refused("PUT", {{"answers", {{"1", "0"}}}, {"time_taken", -1}}, "time_taken must be between 0 and 86400");
    refused("PUT", {{"answers", {{"1", "0"}}}, {"time_taken", 86401}}, "time_taken must be between 0 and 86400");
    refused("PUT", {{"answers", {{"1", "0"}}}}, "time_taken is required");
    refused("PUT", {{"answers", {{"1", "1e5"}}}, {"time_taken", 3}}, "Question 1");
    EXPECT_EQ(http.Patch(path, bearer(student), "{not json", "application/json")->status, 400);
    // Nothing of that was stored: the autosave stands and the attempt is open.
    const json detail = call("GET", path, nullptr, student, 200);
    EXPECT_EQ(detail["answers"], json({{"3", "7"}}));
    EXPECT_EQ(detail["status"], "open");

    // Starts the generator refuses, or that name nothing, store nothing.
    json too_wide = weekly_config();
    too_wide["blocks"][1]["constraints"]["digits"] = 11;
    const json wide = start(legacy_start(4, too_wide), 422);
    EXPECT_NE(wide["detail"].get<std::string>().find("Block 2"), std::string::npos) << wide;
    json infeasible = weekly_config();
    infeasible["blocks"][0]["count"] = 50;  // only nine one-digit subtractions give 0
    EXPECT_NE(start(legacy_start(4, infeasible), 422)["detail"].get<std::string>().find("Block 1"), std::string::npos);
    start({{"paper_title", "Weekly"}}, 422);
    start({{"paper_id", 999999}}, 404);
    start({{"assignment_id", 999999}}, 404);
    start({{"paper_id", "seven"}}, 422);
    json bad_seed = legacy_start(4);
    bad_seed["seed"] = -1;
    start(bad_seed, 422);
    EXPECT_EQ(call("GET", "/api/papers/attempts", nullptr, student, 200).size(), 1u);
    call("GET", "/api/papers/attempt/count?paper_title=Weekly", nullptr, student, 422);
    call("GET", "/api/papers/attempts?limit=101", nullptr, student, 422);
    call("GET", "/api/papers/attempt/0", nullptr, student, 404);
}

TEST_F(PaperAttemptsApi, AnAttemptUntouchedForAnHourIsAbandoned) {
    const auto idle = [&](const json& attempt) {
        server.database().execute("UPDATE paper_attempts SET updated_at = '2000-01-01 00:00:00' WHERE id = " +
                                  std::to_string(attempt["id"].get<long long>()));
    };
    // Read after an hour: closed with 0 points, the draft kept, the key shown, no results.
    const json first = start(legacy_start(101));
    const long long before = balance(student);
    const std::string path = attempt_path(first);
    call("PATCH", path, {{"answers", {{"1", "0"}}}}, student, 200);
    idle(first);
    EXPECT_EQ(call("GET", path + "/validate", nullptr, student, 200),
              json({{"valid", false}, {"reason", "expired"}, {"expires_at", nullptr}}));
    const json abandoned = call("GET", path, nullptr, student, 200);
    EXPECT_EQ(abandoned["status"], "abandoned");
    EXPECT_FALSE(abandoned["completed_at"].is_null());
    EXPECT_TRUE(abandoned["time_taken"].is_null());
    EXPECT_EQ(abandoned["points_earned"], 0);
    EXPECT_EQ(abandoned["correct_answers"], 0);
    EXPECT_EQ(abandoned["answers"], json({{"1", "0"}}));
    EXPECT_EQ(abandoned["generated_blocks"][0]["questions"][0]["answer_text"], "0");
    EXPECT_TRUE(abandoned["results"].is_null());
    const json late = call("PUT", path, {{"answers", {{"1", "0"}}}, {"time_taken", 30}}, student, 409);
    EXPECT_EQ(late["detail"], "This attempt was not submitted within 1 hour; it was closed with 0 points");
    call("PATCH", path, {{"answers", {{"1", "0"}}}}, student, 409);

    // Submitted after an hour without a read in between: refused, and closed.
    const json second = start(legacy_start(102));
    idle(second);
    call("PUT", attempt_path(second), {{"answers", {{"1", "0"}}}, {"time_taken", 30}}, student, 409);
    EXPECT_EQ(call("GET", attempt_path(second), nullptr, student, 200)["status"], "abandoned");

    // Autosaved after an hour: refused, and closed.
    const json third = start(legacy_start(103));
    idle(third);
    call("PATCH", attempt_path(third), {{"answers", {{"1", "0"}}}}, student, 409);

    // Listed after an hour: closed by the list. An abandoned attempt still counts towards the limit.
    const json fourth = start(legacy_start(104));
    idle(fourth);
    const json list = call("GET", "/api/papers/attempts?limit=100", nullptr, student, 200);
    ASSERT_EQ(list.size(), 4u);
    EXPECT_EQ(list[0]["id"], fourth["id"]);
    for (const auto& row : list) EXPECT_EQ(row["status"], "abandoned") << row;
    EXPECT_EQ(call("GET", "/api/papers/attempt/count?seed=104&paper_title=Weekly", nullptr, student, 200)["count"], 1);
    EXPECT_EQ(balance(student), before);
}

TEST_F(PaperAttemptsApi, TeachersAssignPapersToTheirBranchesAndStudentsStartFromThem) {
    server.database().execute(kTeacherBranchSql);
    const std::string teacher = server.teacher_token(), admin = server.admin_token();
    // Saved without a seed: the first attempt fixes one, as the first download would.
    const json paper = call("POST", "/api/papers", {{"config", weekly_config()}, {"title", "Week 1 test"}}, teacher, 201);
    const std::string paper_path = "/api/papers/" + std::to_string(paper["id"].get<long long>());
    const json assigned = call("POST", paper_path + "/assignments", {{"branch", "Rohini-16"}}, teacher, 201);
    EXPECT_EQ(assigned["branch"], "Rohini-16");
    EXPECT_TRUE(assigned["level"].is_null());
    EXPECT_EQ(assigned["paper_title"], "Week 1 test");
    call("POST", paper_path + "/assignments", {{"branch", " Rohini-16 "}}, teacher, 409);
    const json refused = call("POST", paper_path + "/assignments", {{"branch", "Gurgaon"}}, teacher, 403);
    EXPECT_NE(refused["detail"].get<std::string>().find("Rohini-16"), std::string::npos);
    call("POST", paper_path + "/assignments", {{"branch", ""}}, teacher, 422);
    call("POST", "/api/papers/999999/assignments", {{"branch", "Rohini-16"}}, teacher, 404);
    call("POST", paper_path + "/assignments", {{"branch", "Rohini-16"}}, student, 403);
    // Admins assign anywhere; a level narrows it (student7 is level 3 of Gurgaon, student8 level 4).
    const json gurgaon = call("POST", paper_path + "/assignments", {{"branch", "Gurgaon"}, {"level", "3"}}, admin, 201);
    // The demo's weekly paper is assigned to Rohini-16 too.
    EXPECT_EQ(call("GET", "/api/papers/assignments", nullptr, teacher, 200).size(), 2u);
    EXPECT_EQ(call("GET", "/api/papers/assignments", nullptr, admin, 200).size(), 3u);

    const json mine = call("GET", "/api/papers/for-me", nullptr, student, 200);
    ASSERT_EQ(mine.size(), 2u);  // newest first: this one, then the demo's
    EXPECT_EQ(mine[0]["assignment_id"], assigned["id"]);
    EXPECT_EQ(mine[0]["paper_id"], paper["id"]);
    EXPECT_EQ(mine[0]["title"], "Week 1 test");
    EXPECT_EQ(mine[0]["attempts_used"], 0);
    EXPECT_EQ(mine[0]["can_attempt"], true);
    const std::string level3 = server.login("student7@anzan.demo"), level4 = server.login("student8@anzan.demo");
    EXPECT_EQ(call("GET", "/api/papers/for-me", nullptr, level3, 200).size(), 1u);
    EXPECT_TRUE(call("GET", "/api/papers/for-me", nullptr, level4, 200).empty());
    EXPECT_TRUE(call("GET", "/api/papers/for-me", nullptr, teacher, 200).empty());

    const json started = start({{"assignment_id", assigned["id"]}});
    EXPECT_EQ(started["assignment_id"], assigned["id"]);
    EXPECT_EQ(started["paper_title"], "Week 1 test");
    EXPECT_EQ(started["total_questions"], 8);
    EXPECT_EQ(call("GET", "/api/papers/for-me", nullptr, student, 200)[0]["attempts_used"], 1);
    const json saved = call("GET", paper_path, nullptr, teacher, 200);
    ASSERT_FALSE(saved["seed"].is_null()) << "the attempt fixed the paper's seed";
    // The same paper by its id is the same paper: the re-attempt, then the limit.
    EXPECT_EQ(start({{"paper_id", paper["id"]}})["attempt_number"], 2);
    start({{"assignment_id", assigned["id"]}}, 409);
    EXPECT_EQ(call("GET", "/api/papers/for-me", nullptr, student, 200)[0]["can_attempt"], false);
    // Another branch's assignment does not exist for this student.
    start({{"assignment_id", gurgaon["id"]}}, 404);
    start({{"assignment_id", assigned["id"]}}, 404, level3);

    const std::string gurgaon_path = "/api/papers/assignments/" + std::to_string(gurgaon["id"].get<long long>());
    call("DELETE", gurgaon_path, nullptr, teacher, 403);
    call("DELETE", "/api/papers/assignments/" + std::to_string(assigned["id"].get<long long>()), nullptr, teacher, 200);
    call("DELETE", "/api/papers/assignments/" + std::to_string(assigned["id"].get<long long>()), nullptr, teacher, 404);
    EXPECT_EQ(call("GET", "/api/papers/for-me", nullptr, student, 200).size(), 1u);  // the demo's remains
    call("DELETE", gurgaon_path, nullptr, admin, 200);
    // The attempt outlives its assignment.
    EXPECT_EQ(call("GET", attempt_path(started), nullptr, student, 200)["assignment_id"], assigned["id"]);
}

}  // namespace
}  // namespace anzan::test
