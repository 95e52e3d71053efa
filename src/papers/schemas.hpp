// The JSON shapes of the paper routes (OpenAPI components), beside json.cpp and the generator's
// wire.cpp, which read and write them. A block's `type` lists the question types the registry
// holds, so a new type shows up here by itself.
#pragma once
#include "platform/http/router.hpp"

namespace anzan::papers {

void add_schemas(http::Router& router);

}  // namespace anzan::papers
