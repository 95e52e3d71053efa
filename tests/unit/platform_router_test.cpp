// The router: path parameters, legacy aliases, 405 vs 404, access rules enforced before handlers.
#include <gtest/gtest.h>

#include "platform/http/dispatcher.hpp"
#include "platform/http/json_response.hpp"

namespace anzan::http {
namespace {

Result<Response> echo_id(const Request& request, Context&) {
    return json_response({{"id", request.path_params.at("id")}});
}

class RouterTest : public ::testing::Test {
protected:
    void SetUp() override {
        router.add({.method = Method::Get, .path = "/api/things/{id}", .access = Access::Public,
                    .summary = "a thing", .handler = echo_id, .legacy = Legacy::AlsoWithoutApi});
        router.add({.method = Method::Put, .path = "/api/things/{id}", .access = Access::Admin,
                    .summary = "change a thing", .handler = echo_id});
        router.add({.method = Method::Get, .path = "/api/things/mine", .access = Access::Authenticated,
                    .summary = "mine", .handler = [](const Request&, Context& c) -> Result<Response> {
                        return json_response({{"id", c.user().id}});
                    }});
        router.add({.method = Method::Get, .path = "/api/mine", .access = Access::Authenticated, .summary = "mine",
                    .handler = [](const Request&, Context& c) -> Result<Response> {
                        return json_response({{"id", c.user().id}});
                    }});
        router.add({.method = Method::Get, .path = "/api/teachers", .access = Access::Teacher,
                    .summary = "teachers only", .handler = [](const Request&, Context&) -> Result<Response> {
                        return json_response({{"ok", true}});
                    }});
        router.set_authenticator([](const std::string& token, Context&) -> Result<AuthUser> {
            if (token == "student") return AuthUser{1, Role::Student, "s@x.co"};
            if (token == "teacher") return AuthUser{2, Role::Teacher, "t@x.co"};
            if (token == "admin") return AuthUser{3, Role::Admin, "a@x.co"};
            return Error::unauthenticated("bad token");
        });
    }
    Router router;
};

TEST_F(RouterTest, MatchesPathParametersAndLegacyAliases) {
    auto match = router.match(Method::Get, "/api/things/17");
    ASSERT_NE(match.route, nullptr);
    EXPECT_EQ(match.params.at("id"), "17");
    EXPECT_NE(router.match(Method::Get, "/things/17").route, nullptr);
    // Only routes marked as legacy answer without /api.
    EXPECT_EQ(router.match(Method::Get, "/mine").route, nullptr);
    EXPECT_EQ(router.match(Method::Get, "/api/things").route, nullptr);
    EXPECT_EQ(router.match(Method::Get, "/api/things/1/extra").route, nullptr);
}

TEST_F(RouterTest, LiteralSegmentsWinOverParameters) {
    // /api/things/mine is added after /api/things/{id}: order must not matter.
    auto match = router.match(Method::Get, "/api/things/mine");
    ASSERT_NE(match.route, nullptr);
    EXPECT_EQ(match.route->path, "/api/things/mine");
    // The literal path has no PUT: 405, not a fall-through to PUT /api/things/{id}.
    auto put = router.match(Method::Put, "/api/things/mine");
    EXPECT_EQ(put.route, nullptr);
    EXPECT_TRUE(put.method_mismatch);
    EXPECT_EQ(router.match(Method::Put, "/api/things/7").route->path, "/api/things/{id}");
}

TEST_F(RouterTest, WrongMethodIsReportedAsMismatch) {
    auto match = router.match(Method::Delete, "/api/things/1");
    EXPECT_EQ(match.route, nullptr);
    EXPECT_TRUE(match.method_mismatch);
    EXPECT_EQ(serve_unrouted(router, Request{Method::Delete, "/api/things/1"}, "").status, 405);
    EXPECT_EQ(serve_unrouted(router, Request{Method::Get, "/api/unknown"}, "").status, 404);
}

TEST_F(RouterTest, AccessRulesRunBeforeTheHandler) {
    struct Row { std::string path; Method method; std::string token; int status; };
    const std::vector<Row> rows = {
        {"/api/mine", Method::Get, "", 401},        {"/api/mine", Method::Get, "forged", 401},
        {"/api/mine", Method::Get, "student", 200}, {"/api/teachers", Method::Get, "student", 403},
        {"/api/teachers", Method::Get, "teacher", 200}, {"/api/teachers", Method::Get, "admin", 200},
        {"/api/things/5", Method::Put, "teacher", 403}, {"/api/things/5", Method::Put, "admin", 200},
        {"/api/things/5", Method::Get, "", 200},    {"/api/things/5", Method::Get, "forged", 200},
    };
    for (const auto& row : rows) {
        SCOPED_TRACE(row.path + " " + row.token);
        Request request{row.method, row.path};
        if (!row.token.empty()) request.headers.emplace_back("authorization", "Bearer " + row.token);
        auto match = router.match(row.method, row.path);
        ASSERT_NE(match.route, nullptr);
        request.path_params = match.params;
        // The router never touches the database itself: an unopened one is enough here.
        db::Database database(db::DatabaseUrl{}, 1);
        Config config;
        Context context(database, config, Instant{});
        EXPECT_EQ(router.dispatch(*match.route, request, context).status, row.status);
    }
}

TEST_F(RouterTest, ErrorsBecomeDetailBodies) {
    const Response response = error_response(Error::conflict("already running"));
    EXPECT_EQ(response.status, 409);
    EXPECT_EQ(response.body, R"({"detail":"already running"})");
    EXPECT_EQ(status_of(ErrorCode::TooLarge), 413);
    EXPECT_EQ(status_of(ErrorCode::RateLimited), 429);
}

// Runs one request through the dispatcher as the server would (no sockets).
Response handle(const Router& router, Request request, const ServerOptions& options) {
    db::Database database(db::DatabaseUrl{}, 1);
    Config config;
    Context context(database, config, Instant{});
    const Plan plan = plan_request(router, request);
    return handle_request(router, plan, request, context, options);
}

int count_headers(const Response& response, const std::string& name) {
    int count = 0;
    for (const auto& header : response.headers)
        if (header.first == name) ++count;
    return count;
}

TEST_F(RouterTest, CorsFollowsTheFetchStandard) {
    ServerOptions listed;
    listed.cors_origins = {"https://school.example"};
    Request request{Method::Get, "/api/things/1"};
    request.headers.emplace_back("origin", "https://school.example");
    Response response = handle(router, request, listed);
    EXPECT_EQ(response.header("Access-Control-Allow-Origin"), "https://school.example");
    EXPECT_EQ(response.header("Access-Control-Allow-Credentials"), "true");
    EXPECT_EQ(response.header("Vary"), "Origin");
    // An origin not listed gets nothing; the opaque origin "null" never does.
    request.headers = {{"origin", "https://evil.example"}};
    EXPECT_EQ(handle(router, request, listed).header("Access-Control-Allow-Origin"), "");
    ServerOptions any;
    any.cors_origins = {"*"};
    response = handle(router, request, any);
    EXPECT_EQ(response.header("Access-Control-Allow-Origin"), "*");  // literal, never echoed
    EXPECT_EQ(response.header("Access-Control-Allow-Credentials"), "");  // never with a wildcard
    request.headers = {{"origin", "null"}};
    EXPECT_EQ(handle(router, request, any).header("Access-Control-Allow-Origin"), "");
    // A preflight carries each header once.
    Request preflight{Method::Options, "/api/things/1"};
    preflight.headers = {{"origin", "https://school.example"}, {"access-control-request-method", "PUT"}};
    response = handle(router, preflight, listed);
    EXPECT_EQ(response.status, 204);
    for (const char* name : {"Access-Control-Allow-Origin", "Access-Control-Allow-Credentials", "Vary",
                             "Access-Control-Allow-Methods"})
        EXPECT_EQ(count_headers(response, name), 1) << name;
}

TEST_F(RouterTest, ApiAnswersAreNeverCachedAndCarrySecurityHeaders) {
    const Response response = handle(router, Request{Method::Get, "/api/things/1"}, ServerOptions{});
    EXPECT_EQ(response.header("Cache-Control"), "no-store");
    EXPECT_EQ(response.header("X-Content-Type-Options"), "nosniff");
}

TEST_F(RouterTest, UnknownLegacyApiPathsAnswerJsonNotThePage) {
    // Without a web folder everything unrouted is a 404; with one, legacy API prefixes still are
    // unless a browser asks for the page.
    Request request{Method::Get, "/users/stats"};
    EXPECT_EQ(serve_unrouted(router, request, "/nonexistent-web").status, 404);
    EXPECT_EQ(serve_unrouted(router, Request{Method::Get, "//etc/passwd"}, "/").status, 404);
}

}  // namespace
}  // namespace anzan::http
