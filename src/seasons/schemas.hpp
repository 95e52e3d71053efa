// The JSON shapes of the season routes (OpenAPI components), beside json.cpp which writes them.
#pragma once
#include "platform/http/router.hpp"

namespace anzan::seasons {

void add_schemas(http::Router& router);

}  // namespace anzan::seasons
