// The one set of readers for fields of a JSON object (request bodies, paper configs, generated
// blocks): absent and null are the same, a value of the wrong type is Invalid, and the error
// names the field as the caller says it sits: `where` is "Field 'email'" at the top of a request
// body, "blocks[0].constraints.digits" inside a paper config (field_path builds those).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "platform/result.hpp"

namespace anzan {

// "blocks[0].count" from "blocks[0]" and "count"; just the key at the top level.
std::string field_path(std::string_view path, const char* key);
// The value at `key`; nullptr when absent or null.
const nlohmann::json* field_value(const nlohmann::json& object, const char* key);

Result<std::string> read_required_string(const nlohmann::json& object, const char* key, std::string_view where);
Result<std::optional<std::string>> read_optional_string(const nlohmann::json& object, const char* key,
                                                        std::string_view where);
Result<std::optional<bool>> read_optional_bool(const nlohmann::json& object, const char* key, std::string_view where);
// A whole number in [lo, hi]: integers, and floats with no fraction (3.0; the legacy API's
// pydantic took them) within ±9e15. "must be an integer", "is too large", "is out of range".
Result<std::optional<long long>> read_optional_integer(const nlohmann::json& object, const char* key,
                                                       std::string_view where, long long lo, long long hi);

}  // namespace anzan
