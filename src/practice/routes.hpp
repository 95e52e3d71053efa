// Route table of practice and points: mental-maths sessions (Anzan's and the legacy
// /users/practice-session), the student's stats and points history, and staff's point rules and
// adjustments (docs/practice.md).
#pragma once
#include "platform/http/router.hpp"

namespace anzan::practice {
void add_routes(http::Router& router);
}  // namespace anzan::practice
