// Walks the whole route table (as published in /api/openapi.json, which is derived from the one
// table every area registers) and checks each route for anonymous, student, teacher and admin:
// denied callers get 401/403 before anything runs; allowed callers are never turned away.
#include <gtest/gtest.h>

#include "harness.hpp"

namespace anzan::test {
namespace {
using json = nlohmann::json;

std::string fill_params(std::string path) {
    for (auto open = path.find('{'); open != std::string::npos; open = path.find('{')) {
        const auto close = path.find('}', open);
        path.replace(open, close - open + 1, "1");
    }
    return path;
}

httplib::Result call(httplib::Client& http, const std::string& method, const std::string& path,
                     const httplib::Headers& headers) {
    if (method == "get") return http.Get(path, headers);
    if (method == "post") return http.Post(path, headers, "{}", "application/json");
    if (method == "put") return http.Put(path, headers, "{}", "application/json");
    if (method == "patch") return http.Patch(path, headers, "{}", "application/json");
    return http.Delete(path, headers);
}

TEST(Authorization, EveryRouteEnforcesItsRole) {
    TestServer server;
    auto http = server.client();
    const json doc = body_json(http.Get("/api/openapi.json"));
    const std::map<std::string, std::string> tokens = {
        {"student", server.student_token()}, {"teacher", server.teacher_token()}, {"admin", server.admin_token()}};
    int checked = 0;
    for (const auto& [path, operations] : doc["paths"].items()) {
        for (const auto& [method, operation] : operations.items()) {
            const std::string access = operation["x-access"];
            const std::string url = fill_params(path);
            SCOPED_TRACE(method + " " + path + " (" + access + ")");
            auto anonymous = call(http, method, url, {});
            ASSERT_TRUE(anonymous);
            if (access != "public") {
                EXPECT_EQ(anonymous->status, 401);
            }
            for (const auto& [role, token] : tokens) {
                const bool allowed = access == "public" || access == "authenticated" ||
                                     (access == "teacher" && role != "student") || (access == "admin" && role == "admin");
                // Only reads run for allowed callers: a write would change state (e.g. sign out).
                if (allowed && method != "get") continue;
                auto res = call(http, method, url, bearer(token));
                ASSERT_TRUE(res);
                if (allowed) {
                    EXPECT_NE(res->status, 401) << role;
                    EXPECT_NE(res->status, 403) << role;
                    EXPECT_LT(res->status, 500) << role << ": " << res->body;
                } else {
                    EXPECT_EQ(res->status, 403) << role;
                }
            }
            ++checked;
        }
    }
    EXPECT_GT(checked, 10);
}

}  // namespace
}  // namespace anzan::test
