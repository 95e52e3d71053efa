// The JSON shapes of the practice and points routes (OpenAPI components), beside json.cpp.
#pragma once
#include "platform/http/router.hpp"

namespace anzan::practice {

void add_schemas(http::Router& router);

}  // namespace anzan::practice
