// Mental-maths practice and points over real HTTP (SQLite, or PostgreSQL when
// ANZAN_TEST_PG_ADMIN_URL is set), with the demo data (student1..12, a teacher, an admin):
// sessions generated and graded by the server and paid exactly once (also under 50 concurrent
// submits), bad input refused with nothing written, expiry, the legacy practice-session route
// regraded from its question data whatever the client claims, stats and the ledger, point rules,
// adjustments, the daily cap and login bonus, and the ledger still equal to every balance after
// 1,000 concurrent submits with a season reset in the middle.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <thread>

#include "harness.hpp"
#include "platform/db/database_url.hpp"

namespace anzan::test::practice_api {
namespace {
using json = nlohmann::json;

// A direct connection to the server's database: for what the API cannot do (age a session) and
// for counting rows the API does not show.
class Sql {
public:
    explicit Sql(const TestServer& server) {
        const auto url = db::parse_database_url(server.database_url());
        if (!url) throw std::runtime_error("bad test database URL");
        session_.open(server.database().is_postgres() ? "postgresql" : "sqlite3", url->connect_string);
    }
    long long number(const std::string& query) {
        long long n = 0;
        session_ << query, soci::into(n);
        return n;
    }
    void run(const std::string& statement) { session_ << statement; }

private:
    soci::session session_;
};

// "YYYY-MM-DD HH:MM:SS" (UTC) of now minus `ago`: the storage form of timestamps.
std::string storage_time_ago(std::chrono::seconds ago) {
    const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() - ago);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M:%S", &tm);
    return text;
}

json add_sub_request(int total, int digits = 2, int rows = 3) {
    return {{"operation_type", "add_sub"},
            {"total_questions", total},
            {"difficulty_mode", "medium"},
            {"settings", {{"digits", digits}, {"rows", rows}}},
            {"seconds", nullptr}};
}

// The right answer of a question as the student sees it: the sum of its rows, or the horizontal
// "a × b =" / "a ÷ b =" worked out.
long long right_answer(const json& question) {
    if (!question.at("rows").empty()) {
        long long total = 0;
        for (const auto& row : question["rows"]) total += std::stoll(row.get<std::string>());
        return total;
    }
    const std::string text = question.at("text");
    std::istringstream in(text);
    std::string a, op, b;
    in >> a >> op >> b;
    if (op == "×") return std::stoll(a) * std::stoll(b);
    if (op == "÷") return std::stoll(a) / std::stoll(b);
    ADD_FAILURE() << "cannot work out " << text;
    return 0;
}

json answer_entry(int number, const json& answer, double time_taken = 2.0) {
    return {{"question_number", number}, {"answer", answer}, {"time_taken", time_taken}};
}

// Every answer right.
json all_right(const json& session) {
    json answers = json::array();
    for (const auto& q : session["questions"])
        answers.push_back(answer_entry(q["question_number"], std::to_string(right_answer(q))));
    return {{"answers", answers}, {"time_taken", 30}};
}

class PracticeApi : public ::testing::Test {
protected:
    TestServer server;
    httplib::Client http = server.client();

    httplib::Result post(const std::string& path, const json& body, const std::string& token) {
        return http.Post(path, bearer(token), body.dump(), "application/json");
    }
    httplib::Result put(const std::string& path, const json& body, const std::string& token) {
        return http.Put(path, bearer(token), body.dump(), "application/json");
    }
    json get_ok(const std::string& path, const std::string& token) {
        auto res = http.Get(path, bearer(token));
        EXPECT_TRUE(res) << path;
        if (!res) return nullptr;
        EXPECT_EQ(res->status, 200) << path << ": " << res->body;
        return body_json(res);
    }
    json me(const std::string& token) { return get_ok("/api/users/me", token); }
    long long balance(const std::string& token) { return me(token).at("total_points").get<long long>(); }
    long long user_id(const std::string& token) { return me(token).at("id").get<long long>(); }
    // The whole ledger of the caller (newest first), checked to add up.
    json ledger(const std::string& token) {
        const json page = get_ok("/api/users/points/logs?limit=1000", token);
        EXPECT_TRUE(page.value("match", false)) << page.dump();
        return page.value("logs", json::array());
    }
    static int count_entries(const json& logs, const std::string& source_type, std::optional<long long> source_id = {}) {
        int n = 0;
        for (const auto& entry : logs)
            if (entry["source_type"] == source_type && (!source_id || entry["source_id"] == *source_id)) ++n;
        return n;
    }
    json start(const std::string& token, const json& request) {
        auto res = post("/api/practice/sessions", request, token);
        EXPECT_TRUE(res);
        if (!res) return nullptr;
        EXPECT_EQ(res->status, 201) << res->body;
        return body_json(res);
    }
    static std::string session_path(long long id) { return "/api/practice/sessions/" + std::to_string(id); }
    json submit(const std::string& token, long long id, const json& body) {
        auto res = post(session_path(id) + "/submit", body, token);
        EXPECT_TRUE(res);
        if (!res) return nullptr;
        EXPECT_EQ(res->status, 200) << res->body;
        return body_json(res);
    }
    // A new student account (no demo history) and its token.
    std::string new_student(const std::string& email) {
        auto res = post("/api/admin/users",
                        {{"email", email}, {"name", "New Student"}, {"password", "student-pass-1"}, {"role", "student"}},
                        server.admin_token());
        EXPECT_TRUE(res);
        EXPECT_EQ(res->status, 201) << res->body;
        return server.login(email, "student-pass-1");
    }
    void set_rules(const json& rules) {
        auto res = put("/api/admin/point-rules", {{"rules", rules}}, server.admin_token());
        ASSERT_TRUE(res);
        ASSERT_EQ(res->status, 200) << res->body;
    }
};

TEST_F(PracticeApi, OptionsArePublicAndListTheFourteenOperations) {
    auto res = http.Get("/api/practice/options");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const json options = body_json(res);
    EXPECT_EQ(options["max_questions"], 50);
    EXPECT_EQ(options["session_seconds"], 3600);
    const json& operations = options["operations"];
    ASSERT_EQ(operations.size(), 14u);
    const std::vector<std::string> names = {
        "add_sub", "integer_add_sub", "direct_add_sub", "small_friends_add_sub", "big_friends_add_sub",
        "multiplication", "division", "decimal_multiplication", "decimal_division", "lcm", "gcd",
        "square_root", "cube_root", "percentage"};
    for (std::size_t i = 0; i < names.size(); ++i) {
        EXPECT_EQ(operations[i]["operation_type"], names[i]);
        EXPECT_EQ(operations[i]["flash"], i < 5);
        EXPECT_EQ(operations[i]["timing"]["unit"], i < 5 ? "row" : "question");
    }
    EXPECT_EQ(operations[0]["settings"][0], (json{{"name", "digits"}, {"label", "Digits per number"}, {"min", 1},
                                                  {"max", 10}, {"default", 2}}));
    EXPECT_EQ(operations[0]["timing"]["medium"], 1.2);
    EXPECT_EQ(operations[0]["timing"]["answer_seconds"], 15);
    EXPECT_EQ(operations[0]["timing"]["custom_values"].size(), 19u);
    EXPECT_EQ(operations[5]["timing"]["easy"], 30);
    EXPECT_TRUE(operations[5]["timing"]["answer_seconds"].is_null());
    EXPECT_EQ(operations[5]["timing"]["custom_max"], 40);
    // With a token too (a student's menu is the same).
    EXPECT_EQ(get_ok("/api/practice/options", server.student_token()), options);
}

TEST_F(PracticeApi, ASessionIsGradedByTheServerAndPaysOnce) {
    const std::string token = server.student_token();
    const long long before = balance(token);  // this first request of the day also pays the login bonus
    const json session = start(token, add_sub_request(10));
    ASSERT_TRUE(session.is_object());
    EXPECT_EQ(session["status"], "open");
    EXPECT_EQ(session["operation_type"], "add_sub");
    EXPECT_EQ(session["difficulty_mode"], "medium");
    EXPECT_EQ(session["flash"], true);
    EXPECT_EQ(session["seconds"], 1.2);
    EXPECT_EQ(session["answer_seconds"], 15);
    EXPECT_EQ(session["total_questions"], 10);
    EXPECT_EQ(session["settings"], (json{{"digits", 2}, {"rows", 3}}));
    EXPECT_TRUE(session["result"].is_null());
    ASSERT_EQ(session["questions"].size(), 10u);
    for (std::size_t i = 0; i < 10; ++i) {
        const json& q = session["questions"][i];
        std::set<std::string> keys;
        for (const auto& [key, value] : q.items()) keys.insert(key);
        EXPECT_EQ(keys, (std::set<std::string>{"question_number", "text", "rows", "is_vertical"})) << "no answers while open";
        EXPECT_EQ(q["question_number"], static_cast<int>(i) + 1);
        EXPECT_EQ(q["rows"].size(), 3u);
        EXPECT_EQ(q["is_vertical"], true);
    }
    EXPECT_EQ(session.dump().find("\"answer\""), std::string::npos);
    EXPECT_EQ(session.dump().find("correct"), std::string::npos);
    const long long id = session["id"];

    const json reread = get_ok(session_path(id), token);
    EXPECT_EQ(reread["status"], "open");
    EXPECT_EQ(reread["questions"], session["questions"]);
    EXPECT_EQ(reread["expires_at"], session["expires_at"]);

    // 1-4 right (as a JSON number, as text, padded with spaces, with leading zeros), 5-7 wrong,
    // 8 blank, 9 null, 10 not sent.
    const json& qs = session["questions"];
    std::vector<long long> right;
    for (const auto& q : qs) right.push_back(right_answer(q));
    json answers = json::array({
        answer_entry(1, right[0], 3.2),
        answer_entry(2, std::to_string(right[1])),
        answer_entry(3, "  " + std::to_string(right[2]) + " "),
        answer_entry(4, right[3] >= 0 ? "00" + std::to_string(right[3]) : std::to_string(right[3])),
        answer_entry(5, std::to_string(right[4] + 1)),
        answer_entry(6, std::to_string(right[5] - 3)),
        answer_entry(7, std::to_string(right[6]) + ".5"),
        answer_entry(8, ""),
        answer_entry(9, nullptr),
    });
    const json result = submit(token, id, {{"answers", answers}, {"time_taken", 42.5}});
    ASSERT_TRUE(result.is_object());
    EXPECT_EQ(result["id"], id);
    EXPECT_EQ(result["total_questions"], 10);
    EXPECT_EQ(result["correct_answers"], 4);
    EXPECT_EQ(result["wrong_answers"], 3);
    EXPECT_EQ(result["unattempted"], 3);
    EXPECT_EQ(result["accuracy"], 40.0);
    EXPECT_EQ(result["score"], 4);
    EXPECT_EQ(result["time_taken"], 42.5);
    EXPECT_EQ(result["points_earned"], 7 * 1 + 4 * 5);
    EXPECT_EQ(result["total_points"], before + 27);
    EXPECT_EQ(result["total_points"], balance(token)) << "total_points is the balance after the credit";
    ASSERT_EQ(result["questions"].size(), 10u);
    for (std::size_t i = 0; i < 10; ++i) {
        const json& q = result["questions"][i];
        EXPECT_EQ(q["question_number"], static_cast<int>(i) + 1);
        EXPECT_EQ(q["correct_answer"], std::to_string(right[i]));
        EXPECT_EQ(q["text"], qs[i]["text"]);
        EXPECT_EQ(q["rows"], qs[i]["rows"]);
        EXPECT_EQ(q["is_correct"], i < 4) << i;
        EXPECT_EQ(q["answered"], i < 7) << i;
    }
    EXPECT_EQ(result["questions"][0]["time_taken"], 3.2);
    EXPECT_EQ(result["questions"][2]["given"], std::to_string(right[2])) << "the answer as read (trimmed)";
    EXPECT_TRUE(result["questions"][7]["given"].is_null());

    const json completed = get_ok(session_path(id), token);
    EXPECT_EQ(completed["status"], "completed");
    EXPECT_EQ(completed["result"], result);

    // A repeat (even with other answers) returns the stored result and pays nothing.
    auto again = post(session_path(id) + "/submit", all_right(session), token);
    ASSERT_TRUE(again);
    ASSERT_EQ(again->status, 200) << again->body;
    EXPECT_EQ(body_json(again), result);
    EXPECT_EQ(balance(token), before + 27);
    const json logs = ledger(token);
    EXPECT_EQ(count_entries(logs, "mental_math", id), 1);
    EXPECT_EQ(logs[0]["source_id"], id);
    EXPECT_EQ(logs[0]["points"], 27);
    EXPECT_EQ(logs[0]["metadata"]["correct_answers"], 4);
}

TEST_F(PracticeApi, HorizontalQuestionsAreGradedToo) {
    const std::string token = server.student_token();
    const long long before = balance(token);
    const json session = start(token, {{"operation_type", "multiplication"}, {"total_questions", 6},
                                       {"difficulty_mode", "custom"}, {"seconds", 12},
                                       {"settings", {{"multiplicandDigits", 3}, {"multiplierDigits", 2}}}});
    ASSERT_TRUE(session.is_object());
    EXPECT_EQ(session["flash"], false);
    EXPECT_EQ(session["seconds"], 12);
    EXPECT_EQ(session["answer_seconds"], 12);
    for (const auto& q : session["questions"]) {
        EXPECT_TRUE(q["rows"].empty());
        EXPECT_EQ(q["is_vertical"], false);
        EXPECT_NE(q["text"].get<std::string>().find(" × "), std::string::npos);
    }
    const json result = submit(token, session["id"], all_right(session));
    EXPECT_EQ(result["correct_answers"], 6);
    EXPECT_EQ(result["accuracy"], 100.0);
    EXPECT_EQ(result["points_earned"], 36);
    EXPECT_EQ(balance(token), before + 36);
}

TEST_F(PracticeApi, FiftyConcurrentSubmitsCreditOnce) {
    const std::string token = server.student_token();
    const long long before = balance(token);
    const json session = start(token, add_sub_request(8));
    ASSERT_TRUE(session.is_object());
    const long long id = session["id"];
    const json body = all_right(session);
    constexpr int kSubmits = 50;
    std::vector<int> statuses(kSubmits, 0);
    std::vector<json> bodies(kSubmits);
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kSubmits; ++i) {
        threads.emplace_back([&, i] {
            auto client = server.client();
            ++ready;
            while (ready.load() < kSubmits) std::this_thread::yield();
            if (auto res = client.Post(session_path(id) + "/submit", bearer(token), body.dump(), "application/json")) {
                statuses[i] = res->status;
                bodies[i] = json::parse(res->body, nullptr, false);
            }
        });
    }
    for (auto& t : threads) t.join();
    for (int i = 0; i < kSubmits; ++i) {
        EXPECT_EQ(statuses[i], 200) << bodies[i].dump();
        EXPECT_EQ(bodies[i]["points_earned"], 8 + 40) << i;
        EXPECT_EQ(bodies[i]["correct_answers"], 8) << i;
    }
    EXPECT_EQ(balance(token), before + 48) << "credited exactly once";
    const json logs = ledger(token);
    EXPECT_EQ(count_entries(logs, "mental_math", id), 1);
    std::string out;
    EXPECT_EQ(server.run_cli("check", &out), 0) << out;
}

TEST_F(PracticeApi, AnotherStudentsSessionDoesNotExistForThem) {
    const std::string owner = server.student_token();
    const std::string other = server.login("student2@anzan.demo");
    const json session = start(owner, add_sub_request(3));
    ASSERT_TRUE(session.is_object());
    const long long id = session["id"];
    const long long other_before = balance(other);
    for (const std::string& token : {other, server.teacher_token(), server.admin_token()}) {
        auto read = http.Get(session_path(id), bearer(token));
        ASSERT_TRUE(read);
        EXPECT_EQ(read->status, 404) << read->body;
        EXPECT_TRUE(body_json(read).contains("detail"));
        auto sent = post(session_path(id) + "/submit", all_right(session), token);
        ASSERT_TRUE(sent);
        EXPECT_EQ(sent->status, 404) << sent->body;
    }
    EXPECT_EQ(balance(other), other_before);
    EXPECT_EQ(get_ok(session_path(id), owner)["status"], "open") << "still the owner's to submit";
    auto missing = http.Get(session_path(99999999), bearer(owner));
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->status, 404);
    auto nonsense = http.Get("/api/practice/sessions/abc", bearer(owner));
    ASSERT_TRUE(nonsense);
    EXPECT_EQ(nonsense->status / 100, 4);
}

TEST_F(PracticeApi, BadInputIsRefusedAndWritesNothing) {
    const std::string token = server.student_token();
    const long long before = balance(token);
    const long long uid = user_id(token);
    Sql sql(server);
    const std::string sessions_of_user = "SELECT COUNT(*) FROM practice_sessions WHERE user_id = " + std::to_string(uid);
    const long long sessions_before = sql.number(sessions_of_user);

    const json session = start(token, add_sub_request(10));
    ASSERT_TRUE(session.is_object());
    const long long id = session["id"];
    const std::string right = std::to_string(right_answer(session["questions"][0]));
    json fifty_one = json::array();
    for (int n = 1; n <= 51; ++n) fifty_one.push_back(answer_entry(n, "1"));
    json eleven = json::array();
    for (int n = 1; n <= 11; ++n) eleven.push_back(answer_entry(n <= 10 ? n : 1, "1"));
    const std::vector<std::pair<std::string, json>> bad_submits = {
        {"question 99", {{"answers", json::array({answer_entry(99, right)})}}},
        {"question 0", {{"answers", json::array({answer_entry(0, right)})}}},
        {"duplicate question_number", {{"answers", json::array({answer_entry(1, right), answer_entry(1, right)})}}},
        {"51 answers", {{"answers", fifty_one}}},
        {"11 answers for 10 questions", {{"answers", eleven}}},
        {"non-numeric", {{"answers", json::array({answer_entry(1, "abc")})}}},
        {"exponent", {{"answers", json::array({answer_entry(1, "1e5")})}}},
        {"1000 digits", {{"answers", json::array({answer_entry(1, std::string(1000, '9'))})}}},
        {"25 characters", {{"answers", json::array({answer_entry(1, std::string(25, '1'))})}}},
        {"a boolean answer", {{"answers", json::array({answer_entry(1, true)})}}},
        {"negative time_taken", {{"answers", json::array({answer_entry(1, right)})}, {"time_taken", -1}}},
        {"negative time of an answer", {{"answers", json::array({answer_entry(1, right, -0.5)})}}},
        {"time beyond a day", {{"answers", json::array({answer_entry(1, right)})}, {"time_taken", 86401}}},
        {"answers not an array", {{"answers", "all of them"}}},
        {"an answer not an object", {{"answers", json::array({42})}}},
        {"no question_number", {{"answers", json::array({json{{"answer", right}}})}}},
    };
    for (const auto& [name, body] : bad_submits) {
        SCOPED_TRACE(name);
        auto res = post(session_path(id) + "/submit", body, token);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 422) << res->body;
        EXPECT_TRUE(body_json(res).contains("detail")) << res->body;
    }
    auto broken = http.Post(session_path(id) + "/submit", bearer(token), "{\"answers\": [", "application/json");
    ASSERT_TRUE(broken);
    EXPECT_EQ(broken->status, 400);
    EXPECT_EQ(get_ok(session_path(id), token)["status"], "open") << "a refused submit leaves the session open";
    EXPECT_EQ(balance(token), before);
    EXPECT_EQ(count_entries(ledger(token), "mental_math", id), 0);

    json custom = add_sub_request(5);
    custom["difficulty_mode"] = "custom";
    json bad_seconds = custom;
    bad_seconds["seconds"] = 1.3;
    json digits_11 = add_sub_request(5, 11);
    json rows_2 = add_sub_request(5, 2, 2);
    const std::vector<std::pair<std::string, json>> bad_starts = {
        {"unknown operation_type", {{"operation_type", "exponents"}}},
        {"no operation_type", {{"total_questions", 5}}},
        {"total_questions 0", add_sub_request(0)},
        {"total_questions 51", add_sub_request(51)},
        {"digits 11", digits_11},
        {"rows 2", rows_2},
        {"custom without seconds", custom},
        {"custom seconds not a step", bad_seconds},
        {"unknown difficulty", {{"operation_type", "gcd"}, {"difficulty_mode", "impossible"}}},
        {"unknown setting", {{"operation_type", "gcd"}, {"settings", {{"rootDigits", 3}}}}},
        {"settings not an object", {{"operation_type", "gcd"}, {"settings", json::array({1, 2})}}},
        {"infeasible: 50 square roots of 2 digits", {{"operation_type", "square_root"}, {"total_questions", 50},
                                                     {"settings", {{"rootDigits", 2}}}}},
        {"infeasible: division dividend shorter than divisor", {{"operation_type", "division"},
                                                                {"settings", {{"dividendDigits", 2}, {"divisorDigits", 5}}}}},
        {"products longer than an answer may be", {{"operation_type", "decimal_multiplication"},
                                                   {"settings", {{"multiplicandDigits", 20}, {"multiplierDigits", 20}}}}},
    };
    for (const auto& [name, body] : bad_starts) {
        SCOPED_TRACE(name);
        auto res = post("/api/practice/sessions", body, token);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 422) << res->body;
        EXPECT_TRUE(body_json(res).contains("detail")) << res->body;
    }
    EXPECT_EQ(sql.number(sessions_of_user), sessions_before + 1) << "only the one good session was stored";
    EXPECT_EQ(balance(token), before);
    // The session still takes a good submit afterwards.
    EXPECT_EQ(submit(token, id, all_right(session))["correct_answers"], 10);
}

TEST_F(PracticeApi, ASessionNotSubmittedWithinAnHourExpiresWithNoPoints) {
    const std::string token = server.student_token();
    const long long before = balance(token);
    const json first = start(token, add_sub_request(4));
    const json second = start(token, add_sub_request(4));
    ASSERT_TRUE(first.is_object() && second.is_object());
    Sql sql(server);
    const std::string two_hours_ago = storage_time_ago(std::chrono::hours(2));
    for (const json* s : {&first, &second})
        sql.run("UPDATE practice_sessions SET started_at = '" + two_hours_ago + "' WHERE id = " +
                std::to_string((*s)["id"].get<long long>()));

    // Submitted late: 409, and the session is closed.
    auto late = post(session_path(first["id"]) + "/submit", all_right(first), token);
    ASSERT_TRUE(late);
    EXPECT_EQ(late->status, 409) << late->body;
    EXPECT_NE(body_json(late).value("detail", "").find("within 1 hour"), std::string::npos) << late->body;
    const json closed = get_ok(session_path(first["id"]), token);
    EXPECT_EQ(closed["status"], "expired");
    EXPECT_TRUE(closed["result"].is_null());
    auto again = post(session_path(first["id"]) + "/submit", all_right(first), token);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 409);

    // Read late: expired on the read, then a submit is refused.
    EXPECT_EQ(get_ok(session_path(second["id"]), token)["status"], "expired");
    auto after_read = post(session_path(second["id"]) + "/submit", all_right(second), token);
    ASSERT_TRUE(after_read);
    EXPECT_EQ(after_read->status, 409);

    EXPECT_EQ(balance(token), before);
    const json logs = ledger(token);
    EXPECT_EQ(count_entries(logs, "mental_math", first["id"].get<long long>()), 0);
    EXPECT_EQ(count_entries(logs, "mental_math", second["id"].get<long long>()), 0);
    EXPECT_EQ(sql.number("SELECT COUNT(*) FROM attempts WHERE session_id = " + std::to_string(first["id"].get<long long>())), 0);

    // Within the hour is fine: 59 minutes old.
    const json third = start(token, add_sub_request(2));
    sql.run("UPDATE practice_sessions SET started_at = '" + storage_time_ago(std::chrono::minutes(59)) +
            "' WHERE id = " + std::to_string(third["id"].get<long long>()));
    EXPECT_EQ(submit(token, third["id"], all_right(third))["correct_answers"], 2);
}

json legacy_attempt(int number, const json& question_data, const json& user_answer, const json& claimed_correct,
                    bool claimed_is_correct) {
    return {{"question_data", question_data}, {"user_answer", user_answer}, {"correct_answer", claimed_correct},
            {"is_correct", claimed_is_correct}, {"time_taken", 2.5}, {"question_number", number}};
}

TEST_F(PracticeApi, TheLegacyRouteRegradesWhateverTheClientClaims) {
    const std::string token = server.student_token();
    const long long before = balance(token);
    // The client says all four were right, 100 % and 9999 points; only 25 × 4 was.
    auto multiplication = [](int id, int a, int b, int claimed) {
        return json{{"id", id}, {"type", "multiplication"}, {"multiplicand", a}, {"multiplier", b}, {"answer", claimed}};
    };
    const json lying = {
        {"operation_type", "multiplication"}, {"difficulty_mode", "medium"}, {"total_questions", 4},
        {"correct_answers", 4}, {"wrong_answers", 0}, {"accuracy", 100}, {"score", 4}, {"time_taken", 30.5},
        {"points_earned", 9999},
        {"attempts", json::array({legacy_attempt(1, multiplication(1, 12, 3, 40), 40, 40, true),
                                  legacy_attempt(2, multiplication(2, 25, 4, 100), 100, 100, true),
                                  legacy_attempt(4, multiplication(4, 13, 11, 143), nullptr, 143, true),
                                  legacy_attempt(3, multiplication(3, 7, 8, 54), 54, 54, true)})}};
    auto res = post("/users/practice-session", lying, token);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const json saved = body_json(res);
    EXPECT_EQ(saved["correct_answers"], 1);
    EXPECT_EQ(saved["wrong_answers"], 2);
    EXPECT_EQ(saved["score"], 1);
    EXPECT_EQ(saved["accuracy"], 25.0);
    EXPECT_EQ(saved["total_questions"], 4);
    EXPECT_EQ(saved["points_earned"], 3 * 1 + 1 * 5);
    EXPECT_EQ(saved["total_points"], before + 8);
    EXPECT_EQ(balance(token), before + 8);
    EXPECT_EQ(saved["operation_type"], "multiplication");
    EXPECT_EQ(saved["time_taken"], 30.5);
    const long long id = saved["id"];

    for (const std::string path : {"/users/practice-session/", "/api/users/practice-session/"}) {
        const json detail = get_ok(path + std::to_string(id), token);
        EXPECT_EQ(detail["status"], "completed");
        EXPECT_EQ(detail["points_earned"], 8);
        const json& attempts = detail["attempts"];
        ASSERT_EQ(attempts.size(), 4u);
        const double correct[] = {36, 100, 56, 143};
        const bool is_correct[] = {false, true, false, false};
        const json given[] = {40, 100, 54, nullptr};
        for (int i = 0; i < 4; ++i) {
            EXPECT_EQ(attempts[i]["question_number"], i + 1) << "ordered by question_number";
            EXPECT_EQ(attempts[i]["correct_answer"].get<double>(), correct[i]) << i;
            EXPECT_EQ(attempts[i]["is_correct"], is_correct[i]) << i;
            EXPECT_EQ(attempts[i]["user_answer"], given[i]) << i;
            EXPECT_EQ(attempts[i]["question_data"]["type"], "multiplication") << "stored as the page sent it";
        }
    }
    const json logs = ledger(token);
    EXPECT_EQ(count_entries(logs, "mental_math", id), 1);
    auto other = http.Get("/users/practice-session/" + std::to_string(id), bearer(server.login("student2@anzan.demo")));
    ASSERT_TRUE(other);
    EXPECT_EQ(other->status, 404);
}

TEST_F(PracticeApi, TheLegacyRouteGradesEveryLegacyType) {
    const std::string token = server.student_token();
    const long long before = balance(token);
    struct Row {
        json question_data;
        json user_answer;
        double correct;
        bool right;
    };
    const std::vector<Row> rows = {
        {{{"type", "add_sub"}, {"numbers", {12, 34, 5}}, {"operators", {"+", "-"}}, {"answer", 0}}, 41, 41, true},
        {{{"type", "integer_add_sub"}, {"numbers", {15, 40, 7}}, {"operators", {"-", "+"}}}, "-18", -18, true},
        {{{"type", "division"}, {"dividend", 144}, {"divisor", 12}, {"answer", 11}}, 12, 12, true},
        {{{"type", "decimal_multiplication"}, {"multiplicand", 60.1}, {"multiplier", 5.6}, {"multiplicandDecimals", 1},
          {"multiplierDecimals", 1}}, "336.56", 336.56, true},
        {{{"type", "decimal_division"}, {"dividend", 879}, {"divisor", 8}, {"dividendDecimals", 0},
          {"divisorDecimals", 0}}, 109.88, 109.88, true},
        {{{"type", "lcm"}, {"first", 12}, {"second", 18}}, 36, 36, true},
        {{{"type", "gcd"}, {"first", 48}, {"second", 36}, {"answer", 13}}, 13, 12, false},
        {{{"type", "square_root"}, {"number", 5184}}, "72", 72, true},
        {{{"type", "cube_root"}, {"number", 5832}, {"answer", 17}}, 17, 18, false},
        {{{"type", "percentage"}, {"number", 900}, {"percentage", 45}}, 405, 405, true},
        {{{"type", "direct_add_sub"}, {"numbers", {"3", "1", "2"}}, {"operators", {"+", "-"}}}, 2, 2, true},
    };
    json attempts = json::array();
    for (std::size_t i = 0; i < rows.size(); ++i)
        attempts.push_back(legacy_attempt(static_cast<int>(i) + 1, rows[i].question_data, rows[i].user_answer, 0, false));
    const json body = {{"operation_type", "mixed"}, {"difficulty_mode", "easy"}, {"total_questions", 12},
                       {"time_taken", 60}, {"attempts", attempts}};
    auto res = post("/api/users/practice-session", body, token);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const json saved = body_json(res);
    EXPECT_EQ(saved["correct_answers"], 9);
    EXPECT_EQ(saved["wrong_answers"], 2);
    EXPECT_EQ(saved["total_questions"], 12) << "the page's count, never fewer than it answered";
    EXPECT_EQ(saved["accuracy"], 75.0);
    EXPECT_EQ(saved["points_earned"], 11 + 9 * 5);
    EXPECT_EQ(balance(token), before + 56);
    const json detail = get_ok("/api/users/practice-session/" + std::to_string(saved["id"].get<long long>()), token);
    ASSERT_EQ(detail["attempts"].size(), rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        SCOPED_TRACE(rows[i].question_data.dump());
        EXPECT_DOUBLE_EQ(detail["attempts"][i]["correct_answer"].get<double>(), rows[i].correct);
        EXPECT_EQ(detail["attempts"][i]["is_correct"], rows[i].right);
    }
}

TEST_F(PracticeApi, LegacyQuestionsThatCannotBeGradedStoreNothing) {
    const std::string token = server.student_token();
    const long long before = balance(token);
    const long long uid = user_id(token);
    Sql sql(server);
    const std::string sessions_of_user = "SELECT COUNT(*) FROM practice_sessions WHERE user_id = " + std::to_string(uid);
    const std::string ledger_of_user = "SELECT COUNT(*) FROM points_logs WHERE user_id = " + std::to_string(uid);
    const long long sessions_before = sql.number(sessions_of_user), ledger_before = sql.number(ledger_of_user);
    const json good = {{"type", "multiplication"}, {"multiplicand", 12}, {"multiplier", 3}};
    auto with = [&](const json& question_data) {
        return json{{"operation_type", "multiplication"}, {"difficulty_mode", "medium"}, {"total_questions", 2},
                    {"attempts", json::array({legacy_attempt(1, good, 36, 36, true), legacy_attempt(2, question_data, 1, 1, true)})}};
    };
    json fifty_one = json::array();
    for (int n = 1; n <= 51; ++n) fifty_one.push_back(legacy_attempt(n, good, 36, 36, true));
    const std::vector<std::pair<std::string, json>> bad = {
        {"unknown type", with({{"type", "exponent"}, {"base", 2}, {"power", 10}})},
        {"operator x", with({{"type", "add_sub"}, {"numbers", {5, 3}}, {"operators", json::array({"x"})}})},
        {"operator *", with({{"type", "add_sub"}, {"numbers", {5, 3}}, {"operators", json::array({"*"})}})},
        {"operators missing", with({{"type", "add_sub"}, {"numbers", {5, 3, 1}}, {"operators", json::array({"+"})}})},
        {"absurd operand 1e30", with({{"type", "multiplication"}, {"multiplicand", 1e30}, {"multiplier", 2}})},
        {"absurd operand as text", with({{"type", "multiplication"}, {"multiplicand", std::string(40, '9')}, {"multiplier", 2}})},
        {"non-numeric operand", with({{"type", "multiplication"}, {"multiplicand", "twelve"}, {"multiplier", 2}})},
        {"missing operand", with({{"type", "multiplication"}, {"multiplicand", 12}})},
        {"inexact division", with({{"type", "division"}, {"dividend", 10}, {"divisor", 3}})},
        {"division by zero", with({{"type", "decimal_division"}, {"dividend", 10}, {"divisor", 0}})},
        {"non-square", with({{"type", "square_root"}, {"number", 50}})},
        {"question_data not an object", with(json::array({1, 2}))},
        {"non-numeric answer", {{"operation_type", "multiplication"}, {"difficulty_mode", "medium"},
                                {"attempts", json::array({legacy_attempt(1, good, "abc", 36, true)})}}},
        {"more than 50 attempts", {{"operation_type", "multiplication"}, {"difficulty_mode", "medium"},
                                   {"total_questions", 51}, {"attempts", fifty_one}}},
        {"no operation_type", {{"difficulty_mode", "medium"}, {"attempts", json::array()}}},
    };
    for (const auto& [name, body] : bad) {
        SCOPED_TRACE(name);
        for (const char* path : {"/users/practice-session", "/api/users/practice-session"}) {
            auto res = post(path, body, token);
            ASSERT_TRUE(res);
            EXPECT_EQ(res->status, 422) << res->body;
            EXPECT_TRUE(body_json(res).contains("detail")) << res->body;
        }
    }
    EXPECT_EQ(sql.number(sessions_of_user), sessions_before);
    EXPECT_EQ(sql.number(ledger_of_user), ledger_before);
    EXPECT_EQ(balance(token), before);
}

TEST_F(PracticeApi, StatsAndThePointsLedger) {
    const std::string token = server.student_token();
    const json stats_before = get_ok("/users/stats", token);
    for (const char* field : {"total_sessions", "total_questions", "total_correct", "total_wrong", "overall_accuracy",
                              "total_points", "current_streak", "longest_streak", "badges", "recent_sessions",
                              "recent_paper_attempts", "total_paper_attempts", "paper_total_questions",
                              "paper_total_correct", "paper_total_wrong", "paper_overall_accuracy"})
        EXPECT_TRUE(stats_before.contains(field)) << field;
    const json session = start(token, add_sub_request(10));
    ASSERT_TRUE(session.is_object());
    json answers = json::array();
    for (int n = 1; n <= 7; ++n) {
        const long long right = right_answer(session["questions"][n - 1]);
        answers.push_back(answer_entry(n, std::to_string(n <= 4 ? right : right + 10)));
    }
    const json result = submit(token, session["id"], {{"answers", answers}, {"time_taken", 50}});
    EXPECT_EQ(result["correct_answers"], 4);

    const json stats = get_ok("/users/stats", token);
    EXPECT_EQ(get_ok("/api/users/stats", token), stats);
    EXPECT_EQ(stats["total_sessions"].get<long long>(), stats_before["total_sessions"].get<long long>() + 1);
    EXPECT_EQ(stats["total_questions"].get<long long>(), stats_before["total_questions"].get<long long>() + 10);
    EXPECT_EQ(stats["total_correct"].get<long long>(), stats_before["total_correct"].get<long long>() + 4);
    EXPECT_EQ(stats["total_wrong"].get<long long>(), stats_before["total_wrong"].get<long long>() + 3);
    const double questions = stats["total_questions"].get<double>(), correct = stats["total_correct"].get<double>();
    EXPECT_DOUBLE_EQ(stats["overall_accuracy"].get<double>(), std::round(correct * 10000 / questions) / 100);
    EXPECT_EQ(stats["total_points"], balance(token));
    ASSERT_FALSE(stats["recent_sessions"].empty());
    EXPECT_EQ(stats["recent_sessions"][0]["id"], session["id"]);
    EXPECT_EQ(stats["recent_sessions"][0]["points_earned"], result["points_earned"]);

    const json page = get_ok("/users/points/logs", token);
    EXPECT_EQ(get_ok("/api/users/points/logs", token), page);
    EXPECT_TRUE(page["match"].get<bool>());
    EXPECT_EQ(page["total_points_from_logs"], balance(token));
    EXPECT_EQ(page["total_points_from_user"], balance(token));
    const json& logs = page["logs"];
    ASSERT_GE(logs.size(), 3u);
    EXPECT_EQ(page["total_entries"], static_cast<long long>(logs.size()));
    long long sum = 0;
    for (const auto& entry : logs) sum += entry["points"].get<long long>();
    EXPECT_EQ(sum, balance(token));
    EXPECT_EQ(logs[0]["source_type"], "mental_math") << "newest first";
    EXPECT_EQ(logs[0]["source_id"], session["id"]);
    EXPECT_EQ(logs[0]["points"], result["points_earned"]);
    EXPECT_EQ(count_entries(logs, "daily_login"), 1);

    const json first_two = get_ok("/users/points/logs?limit=2", token);
    ASSERT_EQ(first_two["logs"].size(), 2u);
    EXPECT_EQ(first_two["logs"][0], logs[0]);
    EXPECT_EQ(first_two["logs"][1], logs[1]);
    EXPECT_EQ(first_two["total_entries"], page["total_entries"]) << "the count is of the whole ledger";
    const json shifted = get_ok("/api/users/points/logs?limit=2&offset=1", token);
    ASSERT_EQ(shifted["logs"].size(), 2u);
    EXPECT_EQ(shifted["logs"][0], logs[1]);
    EXPECT_EQ(shifted["logs"][1], logs[2]);
    const json beyond = get_ok("/api/users/points/logs?offset=100000", token);
    EXPECT_TRUE(beyond["logs"].empty());
    EXPECT_TRUE(beyond["match"].get<bool>());
    for (const char* query : {"?limit=0", "?limit=1001", "?limit=-3", "?offset=-1", "?limit=abc", "?offset=1.5"}) {
        auto res = http.Get(std::string("/api/users/points/logs") + query, bearer(token));
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 422) << query << ": " << res->body;
        EXPECT_TRUE(body_json(res).contains("detail"));
    }
}

TEST_F(PracticeApi, PointRulesAreAdminOnlyAuditedAndApplyToTheNextSession) {
    const std::string admin = server.admin_token();
    const json rules = get_ok("/api/admin/point-rules", admin);
    std::map<std::string, long long> values;
    for (const auto& rule : rules) values[rule["key"].get<std::string>()] = rule["points"].get<long long>();
    EXPECT_EQ(values["per_answered"], 1);
    EXPECT_EQ(values["per_correct"], 5);
    EXPECT_EQ(values["daily_login"], 10);
    EXPECT_EQ(values.count("daily_cap_mental_math"), 1u);
    for (const std::string& token : {server.student_token(), server.teacher_token()}) {
        auto read = http.Get("/api/admin/point-rules", bearer(token));
        ASSERT_TRUE(read);
        EXPECT_EQ(read->status, 403);
        auto write = put("/api/admin/point-rules", {{"rules", {{"per_correct", 100}}}}, token);
        ASSERT_TRUE(write);
        EXPECT_EQ(write->status, 403);
    }

    auto changed = put("/api/admin/point-rules", {{"rules", {{"per_correct", 10}}}}, admin);
    ASSERT_TRUE(changed);
    ASSERT_EQ(changed->status, 200) << changed->body;
    const long long admin_id = user_id(admin);
    for (const auto& rule : body_json(changed)) {
        if (rule["key"] != "per_correct") continue;
        EXPECT_EQ(rule["points"], 10);
        EXPECT_EQ(rule["updated_by_user_id"], admin_id);
        EXPECT_TRUE(rule["updated_at"].is_string());
    }

    const std::vector<std::pair<std::string, json>> bad = {
        {"unknown key", {{"rules", {{"per_correct", 7}, {"per_smile", 3}}}}},
        {"negative", {{"rules", {{"per_correct", -1}}}}},
        {"too large", {{"rules", {{"per_correct", 1000001}}}}},
        {"not a number", {{"rules", {{"per_correct", "lots"}}}}},
        {"fractional", {{"rules", {{"per_correct", 2.5}}}}},
        {"empty", {{"rules", json::object()}}},
        {"no rules", json::object()},
    };
    for (const auto& [name, body] : bad) {
        SCOPED_TRACE(name);
        auto res = put("/api/admin/point-rules", body, admin);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, name == "unknown key" ? 404 : 422) << res->body;
        EXPECT_TRUE(body_json(res).contains("detail"));
    }
    for (const auto& rule : get_ok("/api/admin/point-rules", admin))
        if (rule["key"] == "per_correct") {
            EXPECT_EQ(rule["points"], 10) << "a refused change changes nothing";
        }

    const std::string student = server.student_token();
    const long long before = balance(student);
    const json session = start(student, add_sub_request(5));
    json answers = json::array();
    for (int n = 1; n <= 4; ++n) {
        const long long right = right_answer(session["questions"][n - 1]);
        answers.push_back(answer_entry(n, std::to_string(n <= 3 ? right : right + 1)));
    }
    const json result = submit(student, session["id"], {{"answers", answers}});
    EXPECT_EQ(result["points_earned"], 4 * 1 + 3 * 10) << "10 per correct answer now";
    EXPECT_EQ(balance(student), before + 34);

    const json audit = get_ok("/api/admin/audit-log?limit=10", admin);
    int rule_changes = 0;
    for (const auto& entry : audit) {
        if (entry["action"] != "point_rules_update") continue;
        ++rule_changes;
        EXPECT_EQ(entry["actor_user_id"], admin_id);
        const json detail = json::parse(entry["detail"].get<std::string>());
        EXPECT_EQ(detail["before"]["per_correct"], 5);
        EXPECT_EQ(detail["after"]["per_correct"], 10);
    }
    EXPECT_EQ(rule_changes, 1) << "one entry for the one change made; refused ones write none";
}

TEST_F(PracticeApi, AdminAdjustmentsNeedAReasonAndNeverGoBelowZero) {
    const std::string admin = server.admin_token();
    const std::string student = server.student_token();
    const long long sid = user_id(student);
    const long long before = balance(student);
    const std::string path = "/api/admin/users/" + std::to_string(sid) + "/points";

    auto given = post(path, {{"points", 50}, {"reason", "Helped a classmate"}}, admin);
    ASSERT_TRUE(given);
    ASSERT_EQ(given->status, 200) << given->body;
    EXPECT_EQ(body_json(given), (json{{"user_id", sid}, {"points", 50}, {"total_points", before + 50},
                                      {"reason", "Helped a classmate"}, {"credited", true}}));
    EXPECT_EQ(balance(student), before + 50);
    json logs = ledger(student);
    EXPECT_EQ(logs[0]["source_type"], "admin_adjustment");
    EXPECT_EQ(logs[0]["points"], 50);
    EXPECT_NE(logs[0]["description"].get<std::string>().find("Helped a classmate"), std::string::npos);
    EXPECT_EQ(logs[0]["metadata"]["reason"], "Helped a classmate");

    const std::vector<std::pair<std::string, json>> invalid = {
        {"no reason", {{"points", 5}}},
        {"blank reason", {{"points", 5}, {"reason", "   "}}},
        {"reason too long", {{"points", 5}, {"reason", std::string(201, 'r')}}},
        {"no points", {{"reason", "why not"}}},
        {"zero points", {{"points", 0}, {"reason", "nothing"}}},
        {"points not whole", {{"points", 2.5}, {"reason", "half"}}},
    };
    for (const auto& [name, body] : invalid) {
        SCOPED_TRACE(name);
        auto res = post(path, body, admin);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 422) << res->body;
    }
    auto below_zero = post(path, {{"points", -(before + 51)}, {"reason", "Too much"}}, admin);
    ASSERT_TRUE(below_zero);
    EXPECT_EQ(below_zero->status, 409) << below_zero->body;
    EXPECT_TRUE(body_json(below_zero).contains("detail"));
    auto teacher = post(path, {{"points", 5}, {"reason", "Teachers may not"}}, server.teacher_token());
    ASSERT_TRUE(teacher);
    EXPECT_EQ(teacher->status, 403);
    const long long teacher_id = user_id(server.teacher_token());
    for (const long long target : {teacher_id, user_id(admin), 99999999LL}) {
        auto res = post("/api/admin/users/" + std::to_string(target) + "/points", {{"points", 5}, {"reason", "x"}}, admin);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 404) << target << ": only students get points";
    }
    EXPECT_EQ(balance(student), before + 50) << "refused adjustments change nothing";

    // The same idempotency key twice credits once.
    const json once = {{"points", -20}, {"reason", "Broke the abacus"}, {"idempotency_key", "fine-2026-12-03"}};
    auto first = post(path, once, admin);
    auto second = post(path, once, admin);
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->status, 200) << first->body;
    EXPECT_EQ(second->status, 200) << second->body;
    EXPECT_EQ(body_json(first)["credited"], true);
    EXPECT_EQ(body_json(second)["credited"], false);
    EXPECT_EQ(body_json(second)["total_points"], before + 30);
    EXPECT_EQ(balance(student), before + 30);
    EXPECT_EQ(count_entries(ledger(student), "admin_adjustment"), 2);
}

TEST_F(PracticeApi, LegacySetPointsWritesOneLedgerRowOfTheDifference) {
    const std::string admin = server.admin_token();
    const std::string student = server.student_token();
    const long long sid = user_id(student);
    const long long before = balance(student);
    const long long entries_before = get_ok("/api/users/points/logs", student)["total_entries"];
    auto res = put("/users/admin/students/" + std::to_string(sid) + "/points", {{"points", 100}}, admin);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(body_json(res), (json{{"message", "Points updated successfully"}, {"old_points", before}, {"new_points", 100}}));
    EXPECT_EQ(balance(student), 100);
    json page = get_ok("/api/users/points/logs", student);
    EXPECT_TRUE(page["match"].get<bool>());
    EXPECT_EQ(page["total_entries"], entries_before + 1);
    EXPECT_EQ(page["logs"][0]["source_type"], "admin_adjustment");
    EXPECT_EQ(page["logs"][0]["points"], 100 - before);

    // The same value again: no row. A negative value sets 0.
    auto same = put("/api/users/admin/students/" + std::to_string(sid) + "/points", {{"points", 100}}, admin);
    ASSERT_TRUE(same);
    EXPECT_EQ(same->status, 200);
    EXPECT_EQ(body_json(same)["old_points"], 100);
    EXPECT_EQ(get_ok("/api/users/points/logs", student)["total_entries"], entries_before + 1);
    auto negative = put("/api/users/admin/students/" + std::to_string(sid) + "/points", {{"points", -5}}, admin);
    ASSERT_TRUE(negative);
    EXPECT_EQ(body_json(negative)["new_points"], 0);
    EXPECT_EQ(balance(student), 0);
    page = get_ok("/api/users/points/logs", student);
    EXPECT_TRUE(page["match"].get<bool>());
    EXPECT_EQ(page["logs"][0]["points"], -100);

    auto teacher = put("/users/admin/students/" + std::to_string(sid) + "/points", {{"points", 1}}, server.teacher_token());
    ASSERT_TRUE(teacher);
    EXPECT_EQ(teacher->status, 403);
    const long long teacher_id = user_id(server.teacher_token());
    auto not_student = put("/users/admin/students/" + std::to_string(teacher_id) + "/points", {{"points", 1}}, admin);
    ASSERT_TRUE(not_student);
    EXPECT_EQ(not_student->status, 404);
    auto missing = put("/users/admin/students/" + std::to_string(sid) + "/points", json::object(), admin);
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->status, 422);
    EXPECT_EQ(balance(student), 0);
}

TEST_F(PracticeApi, TheDailyCapLimitsMentalMathPoints) {
    set_rules({{"daily_cap_mental_math", 20}});
    const std::string student = new_student("capped@example.com");
    EXPECT_EQ(balance(student), 10) << "the login bonus (not capped: another source)";
    const json first = start(student, add_sub_request(5));
    EXPECT_EQ(submit(student, first["id"], all_right(first))["points_earned"], 20) << "30 earned, 20 paid";
    const json second = start(student, add_sub_request(5));
    const json result = submit(student, second["id"], all_right(second));
    EXPECT_EQ(result["points_earned"], 0);
    EXPECT_EQ(result["correct_answers"], 5) << "graded as usual";
    EXPECT_EQ(balance(student), 30);
    const json logs = ledger(student);
    EXPECT_EQ(count_entries(logs, "mental_math"), 2);
    // The legacy route shares the cap.
    const json legacy = {{"operation_type", "multiplication"}, {"difficulty_mode", "medium"},
                         {"attempts", json::array({legacy_attempt(1, {{"type", "multiplication"}, {"multiplicand", 6}, {"multiplier", 7}},
                                                                   42, 42, true)})}};
    auto res = post("/users/practice-session", legacy, student);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(body_json(res)["points_earned"], 0);
    EXPECT_EQ(body_json(res)["correct_answers"], 1);
    EXPECT_EQ(balance(student), 30);

    // Sessions submitted at the same moment share the cap too.
    const std::string racer = new_student("racer@example.com");
    EXPECT_EQ(balance(racer), 10);
    constexpr int kSessions = 8;
    std::vector<json> sessions;
    for (int i = 0; i < kSessions; ++i) sessions.push_back(start(racer, add_sub_request(5)));
    std::vector<long long> paid(kSessions, -1);
    std::atomic<int> ready{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < kSessions; ++i) {
        threads.emplace_back([&, i] {
            auto client = server.client();
            ++ready;
            while (ready.load() < kSessions) std::this_thread::yield();
            auto sent = client.Post(session_path(sessions[i]["id"]) + "/submit", bearer(racer),
                                    all_right(sessions[i]).dump(), "application/json");
            if (sent && sent->status == 200) paid[i] = json::parse(sent->body).at("points_earned").get<long long>();
        });
    }
    for (auto& t : threads) t.join();
    long long total = 0;
    for (int i = 0; i < kSessions; ++i) {
        EXPECT_GE(paid[i], 0) << "submit " << i << " failed";
        total += paid[i];
    }
    EXPECT_EQ(total, 20) << "8 sessions of 30 points each, at most 20 a day";
    EXPECT_EQ(balance(racer), 30);
}

TEST_F(PracticeApi, TheDailyLoginBonusIsPaidOncePerDayToStudentsOnly) {
    const std::string student = new_student("bonus@example.com");
    // The first authenticated request of the day pays it, before the handler runs.
    const json first = get_ok("/api/users/points/logs", student);
    ASSERT_EQ(first["logs"].size(), 1u) << first.dump();
    EXPECT_EQ(first["logs"][0]["source_type"], "daily_login");
    EXPECT_EQ(first["logs"][0]["points"], 10);
    EXPECT_EQ(balance(student), 10);
    EXPECT_EQ(balance(student), 10);
    // Another token of the same student, the same day: still once.
    const std::string again = server.login("bonus@example.com", "student-pass-1");
    EXPECT_EQ(balance(again), 10);
    EXPECT_EQ(count_entries(ledger(student), "daily_login"), 1);

    for (const std::string& token : {server.teacher_token(), server.admin_token()}) {
        const long long before = balance(token);
        EXPECT_EQ(balance(token), before);
        EXPECT_EQ(count_entries(ledger(token), "daily_login"), 0);
    }
    Sql sql(server);
    EXPECT_EQ(sql.number("SELECT COUNT(*) FROM points_logs p JOIN users u ON u.id = p.user_id "
                         "WHERE p.source_type = 'daily_login' AND u.role <> 'student'"),
              0);
}

// 5 students submit 1,000 sessions with random answers from 5 threads while an admin resets the
// season halfway through. Whatever interleaving happens, every ledger must sum to its balance.
TEST_F(PracticeApi, TheLedgerEqualsTheBalanceAfterAThousandSubmitsAndAReset) {
    constexpr int kStudents = 5, kSubmitsEach = 200;
    const std::string admin = server.admin_token();
    std::vector<std::string> tokens;
    for (int i = 1; i <= kStudents; ++i) tokens.push_back(server.login("student" + std::to_string(i) + "@anzan.demo"));
    std::atomic<int> submitted{0};
    std::mutex mutex;
    std::map<int, int> start_statuses, submit_statuses;
    std::vector<std::string> unexpected;
    std::vector<std::thread> threads;
    for (int s = 0; s < kStudents; ++s) {
        threads.emplace_back([&, s] {
            auto client = server.client();
            std::mt19937 rng(1000 + s);
            for (int n = 0; n < kSubmitsEach; ++n) {
                const int total = std::uniform_int_distribution<int>(1, 5)(rng);
                auto started = client.Post("/api/practice/sessions", bearer(tokens[s]),
                                           add_sub_request(total, 1, 3).dump(), "application/json");
                const int start_status = started ? started->status : 0;
                json session = started ? json::parse(started->body, nullptr, false) : json();
                json body = {{"answers", json::array()}, {"time_taken", 10}};
                if (start_status == 201) {
                    for (const auto& q : session["questions"]) {
                        const int pick = std::uniform_int_distribution<int>(0, 2)(rng);
                        const long long right = right_answer(q);
                        if (pick == 0) body["answers"].push_back(answer_entry(q["question_number"], std::to_string(right)));
                        if (pick == 1) body["answers"].push_back(answer_entry(q["question_number"], right + 1));
                        // pick 2: blank
                    }
                }
                const long long id = start_status == 201 ? session["id"].get<long long>() : 0;
                auto sent = client.Post(session_path(id) + "/submit", bearer(tokens[s]), body.dump(), "application/json");
                const int submit_status = sent ? sent->status : 0;
                ++submitted;
                std::lock_guard lock(mutex);
                ++start_statuses[start_status];
                ++submit_statuses[submit_status];
                if (start_status != 201 || (submit_status != 200 && submit_status != 404))
                    unexpected.push_back(std::to_string(start_status) + "/" + std::to_string(submit_status) + ": " +
                                         (sent ? sent->body : std::string("no answer")));
            }
        });
    }
    int reset_status = 0;
    json reset_body;
    std::thread reset([&] {
        while (submitted.load() < kStudents * kSubmitsEach / 2) std::this_thread::sleep_for(std::chrono::milliseconds(2));
        auto client = server.client();
        client.set_read_timeout(120, 0);
        if (auto res = client.Post("/api/users/admin/reset-progress", bearer(admin), "", "application/json")) {
            reset_status = res->status;
            reset_body = json::parse(res->body, nullptr, false);
        }
    });
    for (auto& t : threads) t.join();
    reset.join();

    ASSERT_EQ(reset_status, 200) << reset_body.dump();
    EXPECT_GT(reset_body["summary"]["points_logs_deleted"].get<long long>(), 0);
    EXPECT_EQ(submitted.load(), kStudents * kSubmitsEach);
    EXPECT_TRUE(unexpected.empty()) << unexpected.size() << " unexpected answers, e.g. " << unexpected.front();
    EXPECT_GT(submit_statuses[200], kStudents * kSubmitsEach * 9 / 10);
    std::cout << "[          ] submits: " << submit_statuses[200] << " graded, " << submit_statuses[404]
              << " found their session deleted by the reset" << std::endl;

    Sql sql(server);
    for (const auto& token : tokens) {
        const json page = get_ok("/api/users/points/logs?limit=1000", token);
        EXPECT_TRUE(page["match"].get<bool>()) << page["total_points_from_logs"] << " vs " << page["total_points_from_user"];
        const long long uid = user_id(token);
        // One ledger row per completed session since the reset, and nothing older than the reset.
        EXPECT_EQ(sql.number("SELECT COUNT(*) FROM points_logs WHERE source_type = 'mental_math' AND user_id = " +
                             std::to_string(uid)),
                  sql.number("SELECT COUNT(*) FROM practice_sessions WHERE status = 'completed' AND user_id = " +
                             std::to_string(uid)));
    }
    EXPECT_EQ(sql.number("SELECT COUNT(*) FROM users u WHERE u.total_points <> "
                         "(SELECT COALESCE(SUM(p.points), 0) FROM points_logs p WHERE p.user_id = u.id)"),
              0);
    std::string out;
    EXPECT_EQ(server.run_cli("check", &out), 0) << out;
}

}  // namespace
}  // namespace anzan::test::practice_api
