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
        router.add({Method::Get, "/api/things/{id}", Access::Public, echo_id, "a thing", true});
        router.add({Method::Put, "/api/things/{id}", Access::Admin, echo_id, "change a thing"});
        router.add({Method::Get, "/api/mine", Access::Authenticated,
                    [](const Request&, Context& c) -> Result<Response> { return json_response({{"id", c.user().id}}); },
                    "mine"});
        router.add({Method::Get, "/api/teachers", Access::Teacher,
                    [](const Request&, Context&) -> Result<Response> { return json_response({{"ok", true}}); },
                    "teachers only"});
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

}  // namespace
}  // namespace anzan::http
