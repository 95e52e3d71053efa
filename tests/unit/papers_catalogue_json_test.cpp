// GET /api/question-types's body: every catalogue type in menu order, with its constraints as a
// form needs them.
#include <gtest/gtest.h>

#include "papers/catalogue_json.hpp"
#include "papers/generator/catalogue.hpp"

namespace anzan::papers {
namespace {

using nlohmann::json;

const json& type_named(const json& types, const std::string& name) {
    for (const json& type : types)
        if (type.at("type") == name) return type;
    ADD_FAILURE() << name << " is missing";
    static const json kNull;
    return kNull;
}

TEST(PapersCatalogueJson, ListsEveryTypeInMenuOrderWithItsForm) {
    const json body = question_types_json();
    const json& types = body.at("question_types");
    const auto catalogue = gen::question_type_catalogue();
    ASSERT_EQ(types.size(), catalogue.size());
    for (std::size_t i = 0; i < types.size(); ++i) {
        EXPECT_EQ(types[i].at("type"), std::string(catalogue[i].name));
        EXPECT_EQ(types[i].at("label"), std::string(catalogue[i].label));
        EXPECT_EQ(types[i].at("constraints").size(), catalogue[i].constraints.size());
    }
    EXPECT_EQ(types.front().at("type"), "addition");

    const json& add_sub = type_named(types, "add_sub");
    EXPECT_EQ(add_sub.at("label"), "Addition & Subtraction");
    EXPECT_EQ(add_sub.at("orientation"), "vertical");
    EXPECT_EQ(add_sub.at("constraints")[0],
              json::parse(R"({"name":"digits","label":"Digits per number","kind":"integer","min":1,"max":10,"default":1})"));
    EXPECT_EQ(add_sub.at("constraints")[2],
              json::parse(R"({"name":"allowCarry","label":"Allow carrying","kind":"boolean","min":null,"max":null,"default":true})"));
    EXPECT_EQ(add_sub.at("constraints").back(),
              json::parse(R"({"name":"maxAnswer","label":"Largest answer","kind":"integer","min":null,"max":null,"default":null})"));

    // A type's own range and default, where it differs from the field's usual one.
    const json& junior = type_named(types, "small_friends_add_sub");
    EXPECT_EQ(junior.at("constraints")[1].at("max"), 15);
    EXPECT_EQ(junior.at("constraints")[1].at("default"), 3);
    EXPECT_EQ(type_named(types, "decimal_multiplication").at("constraints")[1].at("min"), 0);
    EXPECT_EQ(type_named(types, "percentage").at("orientation"), "horizontal");
}

}  // namespace
}  // namespace anzan::papers
