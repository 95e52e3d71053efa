// The question-type catalogue (papers/generator/catalogue.hpp) as JSON, for the web's block menu
// and forms: GET /api/question-types answers this. Pure: no database, no request.
#pragma once
#include <nlohmann/json.hpp>

namespace anzan::papers {

// {"question_types": [{"type", "label", "orientation": "vertical"|"horizontal",
//   "constraints": [{"name", "label", "kind": "integer"|"boolean", "min", "max", "default"}]}]}
// Types in menu order, constraints in form order. min/max are null when unbounded; default is null
// when an absent value means "none" (minAnswer), a boolean for boolean fields.
nlohmann::json question_types_json();

}  // namespace anzan::papers
