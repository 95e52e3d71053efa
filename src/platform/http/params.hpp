// Path and query parameter readers with clear 4xx errors.
#pragma once
#include <string>

#include "platform/http/request.hpp"
#include "platform/result.hpp"

namespace anzan::http {

// A positive integer path parameter; NotFound when it is not one (the resource cannot exist).
Result<long long> path_id(const Request& request, const std::string& name);
// An optional boolean query parameter ("true"/"false"/"1"/"0"); Invalid otherwise.
Result<bool> query_flag(const Request& request, const std::string& name, bool fallback);

}  // namespace anzan::http
