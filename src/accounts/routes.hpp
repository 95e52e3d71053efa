// Route table of the accounts area: sign-in (password and Google), the caller's own account, and
// user administration. Paths follow the legacy API where it had one.
#pragma once
#include "accounts/service.hpp"
#include "platform/http/router.hpp"

namespace anzan::accounts {
void add_routes(http::Router& router, AccountServices& services);
}
