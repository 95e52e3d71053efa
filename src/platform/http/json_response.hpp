// JSON bodies in and out: the one place that turns nlohmann::json into a Response, an Error into the
// `{"detail": …}` body with its status, and a request body into JSON (400 on malformed JSON).
#pragma once
#include <nlohmann/json.hpp>

#include "platform/http/request.hpp"
#include "platform/result.hpp"

namespace anzan::http {

int status_of(ErrorCode code);
Response json_response(const nlohmann::json& body, int status = 200);
Response error_response(const Error& error);
// The one parser of request bodies: the body as a JSON object. An empty body gives `{}` when
// `empty_ok`. BadRequest on malformed JSON or JSON nested deeper than kMaxJsonDepth (refused before
// anything is built), Invalid when it is not an object. Reads the body in place (no copy).
Result<nlohmann::json> parse_json_object(const Request& request, bool empty_ok = false);

// The platform's field readers (platform/json_fields.hpp) at the top of a request body, naming the
// field the legacy way ("Field 'email' must be a string").
Result<std::string> required_string(const nlohmann::json& body, const char* field);
Result<std::optional<std::string>> optional_string(const nlohmann::json& body, const char* field);
Result<std::optional<bool>> optional_bool(const nlohmann::json& body, const char* field);

}  // namespace anzan::http
