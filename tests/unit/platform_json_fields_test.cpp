// Proves src/platform/json_fields.cpp: absent and null read as nothing, wrong types and ranges are
// Invalid naming the field as the caller placed it.
#include <gtest/gtest.h>

#include "platform/json_fields.hpp"

namespace anzan {
namespace {

using nlohmann::json;

TEST(JsonFields, AbsentAndNullAreNothing) {
    const json object = {{"a", nullptr}};
    EXPECT_FALSE(*read_optional_string(object, "a", "a"));
    EXPECT_FALSE(*read_optional_bool(object, "b", "b"));
    EXPECT_FALSE(*read_optional_integer(object, "a", "a", 0, 10));
    const auto missing = read_required_string(object, "a", "Field 'a'");
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().detail, "Field 'a' is required");
}

TEST(JsonFields, ErrorsNameTheFieldWhereItSits) {
    const json block = {{"count", "ten"}, {"title", 3}, {"flag", 1}};
    const std::string where = field_path("blocks[0]", "count");
    EXPECT_EQ(where, "blocks[0].count");
    EXPECT_EQ(field_path("", "count"), "count");
    EXPECT_EQ(read_optional_integer(block, "count", where, 1, 200).error().detail, "blocks[0].count must be an integer");
    EXPECT_EQ(read_optional_string(block, "title", "Field 'title'").error().detail, "Field 'title' must be a string");
    EXPECT_EQ(read_optional_bool(block, "flag", "flag").error().detail, "flag must be true or false");
}

TEST(JsonFields, IntegersAreWholeAndInRange) {
    const json object = {{"whole_float", 3.0}, {"fraction", 3.5}, {"big", 18446744073709551615ULL}, {"low", -1}};
    EXPECT_EQ(**read_optional_integer(object, "whole_float", "n", 0, 10), 3);
    EXPECT_EQ(read_optional_integer(object, "fraction", "n", 0, 10).error().detail, "n must be an integer");
    EXPECT_EQ(read_optional_integer(object, "big", "n", 0, 10).error().detail, "n is too large");
    EXPECT_EQ(read_optional_integer(object, "low", "n", 0, 10).error().detail, "n is out of range");
}

}  // namespace
}  // namespace anzan
