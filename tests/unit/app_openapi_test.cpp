// Proves the route table's schemas hold together: every schema is JSON, every $ref names a
// registered component, and every route that answers JSON says with what.
#include <gtest/gtest.h>

#include <set>

#include "app/app.hpp"

namespace anzan::app {
namespace {

void collect_refs(const nlohmann::json& node, std::set<std::string>& refs) {
    if (node.is_object()) {
        for (const auto& [key, value] : node.items()) {
            if (key == "$ref" && value.is_string()) refs.insert(value.get<std::string>());
            collect_refs(value, refs);
        }
    } else if (node.is_array()) {
        for (const auto& item : node) collect_refs(item, refs);
    }
}

class OpenApiTest : public ::testing::Test {
protected:
    void SetUp() override { register_routes(app); }
    App app;
};

TEST_F(OpenApiTest, EverySchemaIsJsonAndEveryRefResolves) {
    for (const auto& named : app.router.schemas()) {
        SCOPED_TRACE(named.name);
        EXPECT_FALSE(nlohmann::json::parse(named.schema, nullptr, false).is_discarded());
    }
    for (const auto& route : app.router.routes()) {
        SCOPED_TRACE(route.path);
        for (const auto* text : {&route.request, &route.response}) {
            if (!text->empty()) {
                EXPECT_FALSE(nlohmann::json::parse(*text, nullptr, false).is_discarded());
            }
        }
    }
    const auto document = openapi_document(app.router);
    std::set<std::string> refs;
    collect_refs(document, refs);
    ASSERT_FALSE(refs.empty());
    for (const auto& ref : refs) {
        SCOPED_TRACE(ref);
        const std::string prefix = "#/components/schemas/";
        ASSERT_EQ(ref.rfind(prefix, 0), 0u);
        EXPECT_TRUE(document["components"]["schemas"].contains(ref.substr(prefix.size())));
    }
}

TEST_F(OpenApiTest, EveryJsonRouteDeclaresItsResponse) {
    std::set<std::string> names;
    for (const auto& named : app.router.schemas()) EXPECT_TRUE(names.insert(named.name).second) << named.name;
    for (const auto& route : app.router.routes()) {
        SCOPED_TRACE(std::string(http::method_name(route.method)) + " " + route.path);
        EXPECT_FALSE(route.summary.empty());
        EXPECT_FALSE(route.tag.empty());
        EXPECT_EQ(route.media == "application/json", !route.response.empty());
        const bool has_body = route.method == http::Method::Post || route.method == http::Method::Put ||
                              route.method == http::Method::Patch;
        EXPECT_TRUE(has_body || route.request.empty());
    }
}

TEST_F(OpenApiTest, LegacyAliasesAreDescribedAtBothPaths) {
    const auto document = openapi_document(app.router);
    EXPECT_EQ(document["openapi"], "3.1.0");
    EXPECT_TRUE(document["paths"].contains("/api/users/me"));
    EXPECT_TRUE(document["paths"].contains("/users/me"));
    EXPECT_EQ(document["paths"]["/api/users/me"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
                  ["$ref"],
              "#/components/schemas/User");
}

}  // namespace
}  // namespace anzan::app
