// Route table of the worksheets area: level presets, previews, worksheet PDFs and saved papers,
// online attempts and assignments.
// Paths follow the legacy API (every route also answers without the /api prefix).
#pragma once
#include <string>

#include "platform/http/router.hpp"

namespace anzan::papers {
// `presets_dir` is where the level preset files live (find_presets_dir()); it must outlive nothing:
// the routes keep their own copy.
void add_routes(http::Router& router, const std::string& presets_dir);
// Online attempts and assignments (routes_attempts.cpp); add_routes calls it.
void add_attempt_routes(http::Router& router, const std::string& presets_dir);
}  // namespace anzan::papers
