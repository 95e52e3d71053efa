// Path and query parameter readers with clear 4xx errors.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "platform/http/request.hpp"
#include "platform/result.hpp"

namespace anzan::http {

// A positive integer path parameter; NotFound when it is not one (the resource cannot exist).
Result<long long> path_id(const Request& request, const std::string& name);
// An optional boolean query parameter ("true"/"false"/"1"/"0"); Invalid otherwise.
Result<bool> query_flag(const Request& request, const std::string& name, bool fallback);
// The one reader of whole-number query parameters: nullopt when absent or empty; Invalid
// ("<name> must be a whole number<hint>") unless 1–9 decimal digits. Range rules stay with the caller.
Result<std::optional<long long>> query_integer(const Request& request, const std::string& name,
                                               std::string_view hint = "");

}  // namespace anzan::http
