// The JSON shapes of the account routes (OpenAPI components): what routes.cpp's rows name with
// http::ref(). Kept beside json.cpp, which writes the responses they describe.
#pragma once
#include "platform/http/router.hpp"

namespace anzan::accounts {

void add_schemas(http::Router& router);

}  // namespace anzan::accounts
