// Accounts over real HTTP: password sign-in, tokens and their revocation, the caller's account,
// user administration, and bad input of every kind getting a clean 4xx.
#include <gtest/gtest.h>
#include <arpa/inet.h>
#include <jwt/jwt.hpp>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "harness.hpp"

namespace anzan::test {
namespace {
using json = nlohmann::json;

class AccountsApi : public ::testing::Test {
protected:
    TestServer server;
    httplib::Client http = server.client();

    httplib::Result post(const std::string& path, const json& body, const std::string& token = "") {
        return http.Post(path, token.empty() ? httplib::Headers{} : bearer(token), body.dump(), "application/json");
    }
    httplib::Result put(const std::string& path, const json& body, const std::string& token) {
        return http.Put(path, bearer(token), body.dump(), "application/json");
    }
};

TEST_F(AccountsApi, HealthReportsTheDatabase) {
    for (const char* path : {"/health", "/api/health"}) {
        auto res = http.Get(path);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 200);
        EXPECT_EQ(body_json(res), (json{{"status", "ok"}, {"database", "connected"}}));
    }
}

TEST_F(AccountsApi, LoginAnswersTheLegacyShape) {
    auto res = post("/api/auth/login", {{"email", "Admin@Anzan.Demo"}, {"password", kDemoPassword}});
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    const json body = body_json(res);
    EXPECT_EQ(body["token_type"], "bearer");
    EXPECT_FALSE(body["access_token"].get<std::string>().empty());
    for (const char* field : {"id", "email", "name", "display_name", "avatar_url", "role", "total_points",
                              "current_streak", "longest_streak", "created_at", "public_id"})
        EXPECT_TRUE(body["user"].contains(field)) << field;
    EXPECT_EQ(body["user"]["role"], "admin");
    EXPECT_NE(body["user"]["created_at"].get<std::string>().find("+00:00"), std::string::npos);
}

TEST_F(AccountsApi, WrongPasswordIs401AndRepeatedFailuresAre429) {
    auto res = post("/api/auth/login", {{"email", kStudentEmail}, {"password", "wrong-password"}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401);
    EXPECT_EQ(body_json(res)["detail"], "Incorrect e-mail or password");
    int last = 0;
    for (int attempt = 0; attempt < 6; ++attempt)
        last = post("/api/auth/login", {{"email", kStudentEmail}, {"password", "wrong-password"}})->status;
    EXPECT_EQ(last, 429);
    // The lock holds even for the right password, and other accounts are unaffected.
    EXPECT_EQ(post("/api/auth/login", {{"email", kStudentEmail}, {"password", kDemoPassword}})->status, 429);
    EXPECT_EQ(post("/api/auth/login", {{"email", kTeacherEmail}, {"password", kDemoPassword}})->status, 200);
}

TEST_F(AccountsApi, MeWorksOnBothPathsAndNeedsAToken) {
    const std::string token = server.student_token();
    for (const char* path : {"/api/users/me", "/users/me"}) {
        auto res = http.Get(path, bearer(token));
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 200);
        EXPECT_EQ(body_json(res)["email"], kStudentEmail);
        EXPECT_EQ(body_json(res)["role"], "student");
        EXPECT_EQ(body_json(res)["public_id"], "TH-0001");
    }
    EXPECT_EQ(http.Get("/api/users/me")->status, 401);
}

TEST_F(AccountsApi, DisplayNameIsValidated) {
    const std::string token = server.student_token();
    auto ok = put("/api/users/me/display-name", {{"display_name", "  Speedy Aarav "}}, token);
    ASSERT_EQ(ok->status, 200) << ok->body;
    EXPECT_EQ(body_json(ok)["display_name"], "Speedy Aarav");
    EXPECT_EQ(put("/api/users/me/display-name", {{"display_name", ""}}, token)->status, 422);
    EXPECT_EQ(put("/api/users/me/display-name", {{"display_name", std::string(51, 'x')}}, token)->status, 422);
    EXPECT_EQ(put("/api/users/me/display-name", {{"display_name", std::string(50, 'x')}}, token)->status, 200);
    EXPECT_EQ(put("/api/users/me/display-name", {{"display_name", 42}}, token)->status, 422);
    EXPECT_EQ(put("/api/users/me/display-name", json::object(), token)->status, 422);
}

TEST_F(AccountsApi, LogoutRevokesTheToken) {
    const std::string token = server.teacher_token();
    EXPECT_EQ(http.Get("/api/users/me", bearer(token))->status, 200);
    EXPECT_EQ(post("/api/auth/logout", json::object(), token)->status, 200);
    EXPECT_EQ(http.Get("/api/users/me", bearer(token))->status, 401);
}

TEST_F(AccountsApi, PasswordChangeRevokesOldTokensAndReturnsANewOne) {
    const std::string old_token = server.student_token();
    EXPECT_EQ(put("/api/auth/password", {{"current_password", "nope-nope"}, {"new_password", "new-password-2"}},
                  old_token)->status, 400);
    EXPECT_EQ(put("/api/auth/password", {{"current_password", kDemoPassword}, {"new_password", "short"}},
                  old_token)->status, 422);
    auto res = put("/api/auth/password", {{"current_password", kDemoPassword}, {"new_password", "new-password-2"}},
                   old_token);
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(http.Get("/api/users/me", bearer(old_token))->status, 401);
    EXPECT_EQ(http.Get("/api/users/me", bearer(body_json(res)["access_token"]))->status, 200);
    EXPECT_NO_THROW(server.login(kStudentEmail, "new-password-2"));
}

TEST_F(AccountsApi, AdminManagesUsers) {
    const std::string admin = server.admin_token();
    auto created = post("/api/admin/users",
                        {{"email", "New.Teacher@Example.com"}, {"name", "Nita"}, {"password", "teacher-pass-1"},
                         {"role", "teacher"}},
                        admin);
    ASSERT_EQ(created->status, 201) << created->body;
    const long long id = body_json(created)["id"];
    EXPECT_EQ(body_json(created)["email"], "new.teacher@example.com");
    EXPECT_EQ(post("/api/admin/users", {{"email", "new.teacher@example.com"}, {"name", "Dup"}}, admin)->status, 409);
    EXPECT_EQ(post("/api/admin/users", {{"email", "not-an-email"}, {"name", "X"}}, admin)->status, 422);
    EXPECT_EQ(post("/api/admin/users", {{"email", "a@b.co"}, {"name", "X"}, {"role", "wizard"}}, admin)->status, 422);
    const std::string teacher = server.login("new.teacher@example.com", "teacher-pass-1");
    auto list = http.Get("/api/admin/users?role=teacher", bearer(admin));
    ASSERT_EQ(list->status, 200);
    EXPECT_EQ(body_json(list).size(), 2u);
    auto changed = put("/api/admin/users/" + std::to_string(id), {{"role", "student"}}, admin);
    ASSERT_EQ(changed->status, 200) << changed->body;
    EXPECT_EQ(body_json(changed)["role"], "student");
    // A role change revokes the old token.
    EXPECT_EQ(http.Get("/api/users/me", bearer(teacher))->status, 401);
    EXPECT_EQ(http.Get("/api/admin/users/999999", bearer(admin))->status, 404);
    EXPECT_EQ(http.Get("/api/admin/users/abc", bearer(admin))->status, 404);
}

TEST_F(AccountsApi, TheLastAdminCannotBeDemoted) {
    const std::string admin = server.admin_token();
    auto me = body_json(http.Get("/api/users/me", bearer(admin)));
    auto res = put("/api/admin/users/" + std::to_string(me["id"].get<long long>()), {{"role", "teacher"}}, admin);
    EXPECT_EQ(res->status, 409);
}

TEST_F(AccountsApi, BadInputGetsClean4xx) {
    auto malformed = http.Post("/api/auth/login", "{\"email\": ", "application/json");
    EXPECT_EQ(malformed->status, 400);
    EXPECT_TRUE(body_json(malformed).contains("detail"));
    EXPECT_EQ(post("/api/auth/login", json::array())->status, 422);
    EXPECT_EQ(post("/api/auth/login", {{"email", 5}, {"password", true}})->status, 422);
    // An oversized body is refused from its headers, before the body is read.
    const std::string reply = raw_exchange(server.port(), "POST /api/auth/login HTTP/1.1\r\nHost: x\r\n"
                                                          "Content-Type: application/json\r\nContent-Length: 2097152\r\n\r\n{");
    EXPECT_EQ(reply.rfind("HTTP/1.1 413", 0), 0u) << reply;
    EXPECT_NE(reply.find("\"detail\""), std::string::npos);
    EXPECT_EQ(http.Get("/api/does-not-exist")->status, 404);
    EXPECT_EQ(http.Delete("/api/users/me")->status, 405);
}

TEST_F(AccountsApi, ForgedExpiredAndNoneTokensAre401) {
    const std::string good = server.admin_token();
    std::string forged = good;
    forged[forged.size() - 3] = forged[forged.size() - 3] == 'A' ? 'B' : 'A';
    jwt::jwt_object other_key{jwt::params::algorithm("HS256"), jwt::params::secret("another-secret-key-of-32-bytes!!!"),
                              jwt::params::payload({{"sub", "1"}})};
    other_key.add_claim("exp", std::chrono::system_clock::now() + std::chrono::hours(1));
    jwt::jwt_object expired{jwt::params::algorithm("HS256"),
                            jwt::params::secret("test-secret-key-that-is-long-enough-1234"),
                            jwt::params::payload({{"sub", "1"}})};
    expired.add_claim("iat", std::chrono::system_clock::now() - std::chrono::hours(2));
    expired.add_claim("exp", std::chrono::system_clock::now() - std::chrono::hours(1));
    // alg "none": header {"alg":"none","typ":"JWT"}, payload {"sub":"1"}, empty signature.
    const std::string none = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiIxIiwiZXhwIjo0MTAyNDQ0ODAwfQ.";
    for (const std::string& token : {forged, other_key.signature(), expired.signature(), none, std::string("garbage"),
                                     std::string("a.b.c")}) {
        auto res = http.Get("/api/users/me", bearer(token));
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 401) << token;
        EXPECT_TRUE(body_json(res).contains("detail"));
    }
}

TEST_F(AccountsApi, OpenApiListsEveryRoute) {
    auto res = http.Get("/api/openapi.json");
    ASSERT_EQ(res->status, 200);
    const json doc = body_json(res);
    EXPECT_EQ(doc["openapi"], "3.1.0");
    EXPECT_TRUE(doc["paths"].contains("/api/users/me"));
    EXPECT_TRUE(doc["paths"].contains("/users/me"));
    EXPECT_TRUE(doc["paths"]["/api/auth/login"].contains("post"));
}

TEST_F(AccountsApi, CliCreateAdminReadsThePasswordFromStdin) {
    std::string out;
    EXPECT_EQ(server.run_cli("create-admin --email boss@example.com --password-stdin", &out, "boss-password-1\n"), 0)
        << out;
    EXPECT_NO_THROW(server.login("boss@example.com", "boss-password-1"));
    EXPECT_NE(server.run_cli("create-admin --email not-an-email --password-stdin", &out, "whatever-pass\n"), 0);
}

}  // namespace
}  // namespace anzan::test
