// HTTP routes of the seasons area: the admin progress reset (legacy path), archived seasons and
// their standings, and the admin audit log.
#pragma once
#include "platform/http/router.hpp"

namespace anzan::seasons {

void add_routes(http::Router& router);

}  // namespace anzan::seasons
