// The attacks of the security review, replayed against a real server (SQLite and PostgreSQL):
// static files outside the web folder, deeply nested bodies, memory growth from sign-in sprays,
// sign-in locks that stop guessing but not schools, oversized worksheets, one caller filling the
// heavy pool, idle and surplus connections, running out of file handles, noncharacters in PDFs,
// CORS, and the headers of every answer.
#include <gtest/gtest.h>
#include <sys/file.h>
#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <future>
#include <thread>

#include "harness.hpp"

namespace anzan::test {
namespace {
using json = nlohmann::json;
namespace fs = std::filesystem;

int status_of(const std::string& raw) {
    if (raw.rfind("HTTP/1.1 ", 0) != 0) return 0;
    return std::stoi(raw.substr(9, 3));
}

httplib::Result post_json(httplib::Client& http, const std::string& path, const json& body,
                          const httplib::Headers& headers = {}) {
    return http.Post(path, headers, body.dump(), "application/json");
}

httplib::Result sign_in(httplib::Client& http, const std::string& email, const std::string& password,
                        const std::string& forwarded_for = "") {
    httplib::Headers headers;
    if (!forwarded_for.empty()) headers.emplace("X-Forwarded-For", forwarded_for);
    return post_json(http, "/api/auth/login", {{"email", email}, {"password", password}}, headers);
}

// A block of `count` vertical add/sub questions with `rows` rows of `digits` digits.
json sums_block(int count, int rows, int digits, const std::string& id = "b") {
    return {{"id", id}, {"type", "add_sub"}, {"count", count}, {"constraints", {{"digits", digits}, {"rows", rows}}}};
}

json paper_of(const json& blocks, const std::string& title = "Big") {
    return {{"title", title}, {"level", "Custom"}, {"blocks", blocks}};
}

// A worksheet at the top of the work budget: 2,000 questions of 10 rows (20,000 printed rows).
json largest_paper() {
    json blocks = json::array();
    for (int index = 0; index < 10; ++index) blocks.push_back(sums_block(200, 10, 10, "b" + std::to_string(index)));
    return paper_of(blocks);
}

// A folder served as the web app, with a secret file beside it (outside the folder).
class WebFolder {
public:
    WebFolder() {
        char pattern[] = "/tmp/anzan-web-XXXXXX";
        base_ = mkdtemp(pattern);
        fs::create_directories(root() / "assets");
        std::ofstream(root() / "index.html") << "<!doctype html><title>app</title>";
        std::ofstream(root() / "assets" / "app.js") << std::string(300000, 'x');
        std::ofstream(fs::path(base_) / "secret.txt") << "TOP-SECRET";
        fs::create_symlink(fs::path(base_) / "secret.txt", root() / "leak.txt");
    }
    ~WebFolder() { fs::remove_all(base_); }
    fs::path root() const { return fs::path(base_) / "dist"; }
    fs::path base() const { return base_; }

private:
    std::string base_;
};

TEST(SecurityApi, StaticFilesNeverLeaveTheWebFolder) {
    WebFolder web;
    TestServer server({.seed_demo = false, .env = {{"ANZAN_WEB_DIR", web.root().string()}}});
    const std::string secret_path = (web.base() / "secret.txt").string();
    const std::vector<std::string> attacks = {
        "//etc/passwd", "/%2Fetc%2Fpasswd", "///etc/passwd", "//proc/self/environ", "/%2e%2e/secret.txt",
        "/../secret.txt", "/assets/../../secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/%252e%252e/secret.txt",
        "/%c0%ae%c0%ae/secret.txt", "/./index.html/../../secret.txt", "/leak.txt", "//" + secret_path,
        "/%2F" + secret_path.substr(1), "/index.html%00.js", "/assets/app.js/", "/.%2e/secret.txt"};
    for (const auto& path : attacks) {
        SCOPED_TRACE(path);
        const std::string reply =
            raw_exchange(server.port(), "GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 3000);
        // Refused, or at most the app's own page (a client-side route): never a file from outside.
        EXPECT_TRUE(status_of(reply) == 404 ||
                    (status_of(reply) == 200 && reply.find("<title>app</title>") != std::string::npos))
            << reply.substr(0, 200);
        EXPECT_EQ(reply.find("TOP-SECRET"), std::string::npos);
        EXPECT_EQ(reply.find("root:"), std::string::npos);
        EXPECT_EQ(reply.find("SECRET_KEY"), std::string::npos);
    }
    // The app itself still serves, streamed whole.
    auto http = server.client();
    auto index = http.Get("/index.html");
    ASSERT_TRUE(index);
    EXPECT_EQ(index->status, 200);
    EXPECT_EQ(index->body, "<!doctype html><title>app</title>");
    auto asset = http.Get("/assets/app.js");
    ASSERT_TRUE(asset);
    EXPECT_EQ(asset->body.size(), 300000u);
    EXPECT_EQ(http.Get("/some/client/route", {{"Accept", "text/html"}})->status, 200);
    // A legacy API path nobody serves answers JSON to an API client, the page to a browser.
    auto legacy = http.Get("/users/rewards/summary");
    EXPECT_EQ(legacy->status, 404);
    EXPECT_TRUE(body_json(legacy).contains("detail"));
    EXPECT_EQ(http.Get("/fees/plans", {{"Accept", "text/html"}})->status, 200);
}

TEST(SecurityApi, DeeplyNestedBodiesAreRefusedOnEveryRoute) {
    TestServer server;
    auto http = server.client();
    const std::string admin = server.admin_token();
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const std::string deep_object = "{\"config\":" + std::string(100000, '[') + std::string(100000, ']') + "}";
    const json spec = body_json(http.Get("/api/openapi.json"));
    int checked = 0;
    for (const auto& [path, methods] : spec["paths"].items()) {
        for (const auto& [method, operation] : methods.items()) {
            // Logout reads no body (and would end the session the loop uses).
            if ((method != "post" && method != "put" && method != "patch") || path.ends_with("/logout")) continue;
            std::string concrete = path;
            for (auto open = concrete.find('{'); open != std::string::npos; open = concrete.find('{'))
                concrete.replace(open, concrete.find('}', open) - open + 1, "1");
            for (const std::string* body : {&deep, &deep_object}) {
                SCOPED_TRACE(method + " " + concrete);
                httplib::Result res = method == "post" ? http.Post(concrete, bearer(admin), *body, "application/json")
                                                       : http.Put(concrete, bearer(admin), *body, "application/json");
                ASSERT_TRUE(res) << "the server stopped answering";
                EXPECT_GE(res->status, 400);
                EXPECT_LT(res->status, 500);
            }
            ++checked;
        }
    }
    EXPECT_GE(checked, 8);
    auto pdf = http.Post("/api/papers/generate-pdf", bearer(server.student_token()), deep_object, "application/json");
    ASSERT_TRUE(pdf);
    EXPECT_EQ(pdf->status, 400);
    EXPECT_NE(body_json(pdf)["detail"].get<std::string>().find("64 levels"), std::string::npos);
    EXPECT_EQ(http.Get("/api/health")->status, 200);
}

TEST(SecurityApi, SignInSpraysDoNotGrowMemory) {
    if (kUnderSanitizers) GTEST_SKIP() << "RSS bounds are measured in the normal build";
    TestServer server({.env = {{"LOGIN_FAILURES_PER_ADDRESS", "1000"}}});
    auto http = server.client();
    ASSERT_EQ(sign_in(http, kStudentEmail, kDemoPassword)->status, 200);
    const long before = resident_kib(server.pid());
    for (int index = 0; index < 200; ++index) {
        const std::string email = std::string(1'000'000, static_cast<char>('a' + index % 26)) + std::to_string(index);
        auto res = sign_in(http, email, "whatever-password");
        ASSERT_TRUE(res);
        ASSERT_EQ(res->status, 422) << res->body;  // refused before any counter or hash
    }
    const long after = resident_kib(server.pid());
    EXPECT_LT(after - before, 40 * 1024) << "RSS grew from " << before << " KiB to " << after << " KiB";
    EXPECT_EQ(sign_in(http, kStudentEmail, kDemoPassword)->status, 200);
}

TEST(SecurityApi, SuccessfulSignInsNeverCountAgainstASchool) {
    TestServer server;
    auto http = server.client();
    // One school behind one address: far more than the old 30 sign-ins per 15 minutes.
    for (int index = 0; index < 40; ++index) ASSERT_EQ(sign_in(http, kStudentEmail, kDemoPassword)->status, 200) << index;
    // A pupil's typos do not lock the class out.
    for (int index = 0; index < 3; ++index) EXPECT_EQ(sign_in(http, kStudentEmail, "typo-password")->status, 401);
    EXPECT_EQ(sign_in(http, kStudentEmail, kDemoPassword)->status, 200);
    EXPECT_EQ(sign_in(http, kTeacherEmail, kDemoPassword)->status, 200);
}

TEST(SecurityApi, GuessesLockTheAccountFromThatAddressOnly) {
    TestServer server({.env = {{"TRUSTED_PROXIES", "127.0.0.1"}}});
    auto http = server.client();
    const std::string attacker = "203.0.113.66";
    for (int index = 0; index < 5; ++index) EXPECT_EQ(sign_in(http, kAdminEmail, "guess-" + std::to_string(index), attacker)->status, 401);
    auto locked = sign_in(http, kAdminEmail, kDemoPassword, attacker);
    ASSERT_EQ(locked->status, 429);
    // A one-minute lock, counted from the last failure (a second may have passed since).
    const int retry_after = std::stoi(locked->get_header_value("Retry-After"));
    EXPECT_GE(retry_after, 55);
    EXPECT_LE(retry_after, 60);
    // The real admin, somewhere else, still signs in; the attacker's other tries are not held up.
    EXPECT_EQ(sign_in(http, kAdminEmail, kDemoPassword, "198.51.100.7")->status, 200);
    EXPECT_EQ(sign_in(http, kTeacherEmail, kDemoPassword, attacker)->status, 200);
    // Without a trusted proxy, X-Forwarded-For is just a header anyone can send.
    TestServer direct;
    auto direct_http = direct.client();
    for (int index = 0; index < 5; ++index) {
        const std::string forged = "198.51.100." + std::to_string(index);
        EXPECT_EQ(sign_in(direct_http, kAdminEmail, "guess", forged)->status, 401);
    }
    EXPECT_EQ(sign_in(direct_http, kAdminEmail, kDemoPassword, "192.0.2.200")->status, 429);
}

TEST(SecurityApi, AddressAndAccountCeilingsHoldAcrossServersOnOneDatabase) {
    TestServer first({.env = {{"LOGIN_FAILURES_PER_ADDRESS", "6"}, {"LOGIN_FAILURES_PER_ACCOUNT", "4"}}});
    TestServer second({.env = {{"LOGIN_FAILURES_PER_ADDRESS", "6"}, {"LOGIN_FAILURES_PER_ACCOUNT", "4"}},
                       .database_url = first.database_url()});
    auto one = first.client();
    auto two = second.client();
    // Four failures on the teacher, split over both servers: the account is locked on both.
    for (int index = 0; index < 2; ++index) EXPECT_EQ(sign_in(one, kTeacherEmail, "guess")->status, 401);
    for (int index = 0; index < 2; ++index) EXPECT_EQ(sign_in(two, kTeacherEmail, "guess")->status, 401);
    EXPECT_EQ(sign_in(one, kTeacherEmail, kDemoPassword)->status, 429);
    EXPECT_EQ(sign_in(two, kTeacherEmail, kDemoPassword)->status, 429);
    // Two more failures from this address on other accounts: the address is locked everywhere.
    EXPECT_EQ(sign_in(one, "nobody@anzan.demo", "guess")->status, 401);
    EXPECT_EQ(sign_in(two, "nobody-else@anzan.demo", "guess")->status, 401);
    EXPECT_EQ(sign_in(two, kStudentEmail, kDemoPassword)->status, 429);
    EXPECT_EQ(sign_in(one, kStudentEmail, kDemoPassword)->status, 429);
}

TEST(SecurityApi, OversizedWorksheetsGetAClear422) {
    TestServer server;
    auto http = server.client();
    const auto student = bearer(server.student_token());
    json blocks = json::array();
    for (int index = 0; index < 100; ++index) blocks.push_back(sums_block(200, 30, 10, "b" + std::to_string(index)));
    for (const char* path : {"/api/papers/generate-pdf", "/api/papers/preview"}) {
        auto res = post_json(http, path, paper_of(blocks), student);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 422) << path;
        EXPECT_NE(body_json(res)["detail"].get<std::string>().find("too big"), std::string::npos) << res->body;
    }
    json rows = json::array();
    for (int index = 0; index < 10; ++index) rows.push_back(sums_block(200, 30, 1, "r" + std::to_string(index)));
    auto res = post_json(http, "/api/papers/generate-pdf", paper_of(rows), student);
    EXPECT_EQ(res->status, 422);
    EXPECT_NE(body_json(res)["detail"].get<std::string>().find("printed rows"), std::string::npos) << res->body;
    auto teacher = bearer(server.teacher_token());
    EXPECT_EQ(post_json(http, "/api/papers", {{"title", "Too big"}, {"config", paper_of(rows)}}, teacher)->status, 422);
}

TEST(SecurityApi, OneCallerCannotFillTheHeavyPoolAndCheapRoutesKeepAnswering) {
    TestServer server({.env = {{"HEAVY_THREADS", "1"}, {"HEAVY_PER_USER", "2"}}});
    const std::string student = server.student_token();
    const json body = largest_paper();
    std::vector<std::future<int>> pdfs;
    for (int index = 0; index < 6; ++index) {
        pdfs.push_back(std::async(std::launch::async, [&] {
            auto http = server.client();
            http.set_read_timeout(120);
            auto res = post_json(http, "/api/papers/generate-pdf", body, bearer(student));
            return res ? res->status : 0;
        }));
    }
    // While they run, the cheap routes answer (they never queue behind heavy work).
    auto http = server.client();
    bool answered_while_busy = false;
    for (int attempt = 0; attempt < 50 && !answered_while_busy; ++attempt) {
        auto me = http.Get("/api/users/me", bearer(student));
        ASSERT_TRUE(me);
        ASSERT_EQ(me->status, 200);
        answered_while_busy =
            std::any_of(pdfs.begin(), pdfs.end(), [](auto& f) { return f.wait_for(std::chrono::seconds(0)) != std::future_status::ready; });
    }
    EXPECT_TRUE(answered_while_busy);
    int ok = 0, limited = 0;
    for (auto& pdf : pdfs) {
        const int status = pdf.get();
        ok += status == 200;
        limited += status == 429;
    }
    EXPECT_GE(ok, 2);
    EXPECT_GE(limited, 1) << "six at once from one student: the ones beyond two wait their turn with a 429";
    EXPECT_EQ(ok + limited, 6);
}

TEST(SecurityApi, ThePlanCacheCannotBeBlownUpByPreviews) {
    if (kUnderSanitizers) GTEST_SKIP() << "RSS bounds are measured in the normal build";
    TestServer server;
    auto http = server.client();
    const auto student = bearer(server.student_token());
    // Five previews of 100 distinct big-friends plans (~1.8 MB each) once pushed RSS past 1.3 GB.
    for (int round = 0; round < 5; ++round) {
        json blocks = json::array();
        for (int index = 0; index < 100; ++index)
            blocks.push_back({{"id", "b" + std::to_string(index)},
                              {"type", "big_friends_add_sub"},
                              {"count", 1},
                              {"constraints", {{"digits", 2}, {"rows", 15}, {"maxAnswer", 300 + round * 100 + index}}}});
        auto res = post_json(http, "/api/papers/preview", paper_of(blocks), student);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 200) << res->body.substr(0, 300);
    }
    EXPECT_LT(resident_kib(server.pid()), 300 * 1024);
}

TEST(SecurityApi, IdleAndSurplusConnectionsAreClosed) {
    TestServer server({.seed_demo = false, .env = {{"KEEP_ALIVE_SECONDS", "1"}, {"MAX_CONNECTIONS_PER_ADDRESS", "10"}}});
    // Twelve silent connections from one address: the two beyond the cap are closed at once.
    std::vector<int> sockets;
    for (int index = 0; index < 12; ++index) {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<uint16_t>(server.port()));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ASSERT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
        timeval timeout{3, 0};
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        sockets.push_back(fd);
    }
    // Each read returns 0 (closed by the server) within the keep-alive time, never a timeout.
    int closed = 0;
    for (int fd : sockets) {
        char byte;
        closed += recv(fd, &byte, 1, 0) == 0;
        close(fd);
    }
    EXPECT_EQ(closed, 12);
    // Then the address may connect again.
    EXPECT_EQ(status_of(raw_exchange(server.port(), "GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")),
              200);
}

TEST(SecurityApi, RunningOutOfFileHandlesNeitherSpinsNorStops) {
    TestServer server({.seed_demo = false, .env = {{"MAX_CONNECTIONS_PER_ADDRESS", "100000"}}, .max_open_files = 160});
    auto cpu_ticks = [&] {
        std::ifstream stat("/proc/" + std::to_string(server.pid()) + "/stat");
        std::string text((std::istreambuf_iterator<char>(stat)), {});
        std::istringstream fields(text.substr(text.rfind(')') + 2));
        std::string field;
        long long ticks = 0;
        for (int index = 3; index <= 15 && fields >> field; ++index)
            if (index == 14 || index == 15) ticks += std::stoll(field);  // utime + stime
        return ticks;
    };
    std::vector<int> sockets;
    for (int index = 0; index < 300; ++index) {
        const int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<uint16_t>(server.port()));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
        sockets.push_back(fd);
    }
    const long long before = cpu_ticks();
    std::this_thread::sleep_for(std::chrono::seconds(2));
    const long long used = cpu_ticks() - before;
    EXPECT_LT(used, sysconf(_SC_CLK_TCK)) << "the accept loop used " << used << " ticks of CPU in 2 s";
    for (int fd : sockets) close(fd);
    // Once the handles are back, the server answers.
    bool answered = false;
    for (int attempt = 0; attempt < 100 && !answered; ++attempt) {
        answered = status_of(raw_exchange(server.port(), "GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                                          1000)) == 200;
        if (!answered) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_TRUE(answered);
}

TEST(SecurityApi, NoncharactersPrintButAreNotSaved) {
    TestServer server;
    auto http = server.client();
    const json block = sums_block(5, 3, 1);
    auto pdf = post_json(http, "/api/papers/generate-pdf", paper_of(json::array({block}), "A\xEF\xBF\xBF"),
                         bearer(server.student_token()));
    ASSERT_TRUE(pdf);
    EXPECT_EQ(pdf->status, 200) << pdf->body;
    EXPECT_EQ(pdf->body.rfind("%PDF-", 0), 0u);
    const auto teacher = bearer(server.teacher_token());
    json titled = block;
    titled["title"] = "Sums \xEF\xB7\x90";
    for (const json& body : {json{{"title", "Quiz \xEF\xBF\xBE"}, {"config", paper_of(json::array({block}))}},
                             json{{"title", "Quiz"}, {"config", paper_of(json::array({titled}))}},
                             json{{"title", "Quiz"}, {"config", paper_of(json::array({block}), "T\x01")}}}) {
        auto res = post_json(http, "/api/papers", body, teacher);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 422) << body.dump();
    }
}

TEST(SecurityApi, CorsNeverPairsAWildcardWithCredentials) {
    TestServer server({.seed_demo = false, .env = {{"CORS_ORIGINS", "*"}}});
    auto http = server.client();
    auto res = http.Get("/api/health", {{"Origin", "https://anywhere.example"}});
    EXPECT_EQ(res->get_header_value("Access-Control-Allow-Origin"), "*");
    EXPECT_FALSE(res->has_header("Access-Control-Allow-Credentials"));
    EXPECT_FALSE(http.Get("/api/health", {{"Origin", "null"}})->has_header("Access-Control-Allow-Origin"));
    auto preflight = http.Options("/api/auth/login", {{"Origin", "https://anywhere.example"},
                                                      {"Access-Control-Request-Method", "POST"}});
    ASSERT_TRUE(preflight);
    EXPECT_EQ(preflight->status, 204);
    for (const char* name : {"Access-Control-Allow-Origin", "Vary", "Access-Control-Allow-Methods"})
        EXPECT_LE(preflight->get_header_value_count(name), 1u) << name;
    TestServer listed({.seed_demo = false, .env = {{"CORS_ORIGINS", "https://school.example"}}});
    auto school = listed.client().Get("/api/health", {{"Origin", "https://school.example"}});
    EXPECT_EQ(school->get_header_value("Access-Control-Allow-Origin"), "https://school.example");
    EXPECT_EQ(school->get_header_value("Access-Control-Allow-Credentials"), "true");
    EXPECT_EQ(school->get_header_value("Vary"), "Origin");
}

TEST(SecurityApi, EveryAnswerCarriesItsHeaders) {
    TestServer server;
    // Errors of the HTTP layer itself (malformed request, body too large) carry the security headers.
    const std::string malformed = raw_exchange(server.port(), "GET /api/health HTTP/1.1\r\nHost x\r\n\r\n");
    EXPECT_EQ(status_of(malformed), 400);
    EXPECT_NE(malformed.find("X-Content-Type-Options: nosniff"), std::string::npos) << malformed;
    const std::string huge = raw_exchange(server.port(), "POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Length: " +
                                                             std::to_string(2 << 20) + "\r\n\r\n" + std::string(2 << 20, 'a'));
    EXPECT_EQ(status_of(huge), 413);
    EXPECT_NE(huge.find("X-Content-Type-Options: nosniff"), std::string::npos);
    // Sign-in and password answers carry tokens: never cached.
    auto http = server.client();
    auto login = sign_in(http, kStudentEmail, kDemoPassword);
    EXPECT_EQ(login->get_header_value("Cache-Control"), "no-store");
    const std::string token = body_json(login)["access_token"];
    auto changed = http.Put("/api/auth/password", bearer(token),
                            json{{"current_password", kDemoPassword}, {"new_password", "another-pass-1"}}.dump(),
                            "application/json");
    EXPECT_EQ(changed->status, 200);
    EXPECT_EQ(changed->get_header_value("Cache-Control"), "no-store");
}

TEST(SecurityApi, ABackupKilledMidwayLeavesNoPartialFileBehind) {
    TestServer server;
    if (server.database().is_postgres()) GTEST_SKIP() << "SQLite backups sit beside the database file";
    const fs::path dir = server.database().temp_dir();
    const fs::path orphan = dir / "anzan.db.backup-20260101-000000.partial";
    const fs::path live = dir / "anzan.db.backup-20260101-000001.partial";
    std::ofstream(orphan) << "half a backup";
    std::ofstream(live) << "a backup being written";
    // A running backup holds a lock on its temporary file; the orphan's writer is gone.
    const int held = ::open(live.c_str(), O_RDWR);
    ASSERT_EQ(::flock(held, LOCK_EX), 0);
    std::string out;
    ASSERT_EQ(server.run_cli("backup", &out), 0) << out;
    EXPECT_FALSE(fs::exists(orphan));
    EXPECT_TRUE(fs::exists(live));
    ::close(held);
}

}  // namespace
}  // namespace anzan::test
