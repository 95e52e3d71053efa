// The request target (origin form, "/path?query") into our Request's path, raw path and query.
// Boost.URL, no Beast: the server and the fuzz harness read targets the same way.
#pragma once
#include <string_view>

#include "platform/http/request.hpp"

namespace anzan::http {

// Fills request.path (decoded), request.raw_path (as sent) and request.query (decoded, last value
// wins). False when the target is not a valid origin-form URL.
bool parse_target(std::string_view target, Request& request);

}  // namespace anzan::http
