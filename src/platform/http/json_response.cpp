#include "platform/http/json_response.hpp"

#include "platform/json_fields.hpp"

#include "platform/json_depth.hpp"

namespace anzan::http {

int status_of(ErrorCode code) {
    switch (code) {
        case ErrorCode::BadRequest: return 400;
        case ErrorCode::Unauthenticated: return 401;
        case ErrorCode::Forbidden: return 403;
        case ErrorCode::NotFound: return 404;
        case ErrorCode::MethodNotAllowed: return 405;
        case ErrorCode::Conflict: return 409;
        case ErrorCode::TooLarge: return 413;
        case ErrorCode::Invalid: return 422;
        case ErrorCode::RateLimited: return 429;
        case ErrorCode::Unavailable: return 503;
        case ErrorCode::Internal: return 500;
    }
    return 500;
}

Response json_response(const nlohmann::json& body, int status) {
    Response response;
    response.status = status;
    response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return response;
}

Response error_response(const Error& error) {
    Response response = json_response({{"detail", error.detail}}, status_of(error.code));
    if (error.code == ErrorCode::Unauthenticated) response.set_header("WWW-Authenticate", "Bearer");
    if (error.retry_after_seconds > 0) response.set_header("Retry-After", std::to_string(error.retry_after_seconds));
    return response;
}

Result<nlohmann::json> parse_json_object(const Request& request, bool empty_ok) {
    if (request.body.find_first_not_of(" \t\r\n") == std::string::npos) {
        if (empty_ok) return nlohmann::json::object();
        return Error::invalid("A JSON body is required");
    }
    // Checked before parsing: nothing is built for a body nested deep enough to hurt.
    if (json_nests_deeper_than(request.body))
        return Error::bad_request("The request body nests JSON more than " + std::to_string(kMaxJsonDepth) +
                                  " levels deep");
    nlohmann::json body = nlohmann::json::parse(request.body, nullptr, false);
    if (body.is_discarded()) return Error::bad_request("The request body is not valid JSON");
    if (!body.is_object()) return Error::invalid("The request body must be a JSON object");
    return body;
}

// A request body's fields are named the legacy way: "Field 'email' is required".
std::string body_field(const char* field) { return std::string("Field '") + field + "'"; }

Result<std::string> required_string(const nlohmann::json& body, const char* field) {
    return read_required_string(body, field, body_field(field));
}

Result<std::optional<std::string>> optional_string(const nlohmann::json& body, const char* field) {
    return read_optional_string(body, field, body_field(field));
}

Result<std::optional<bool>> optional_bool(const nlohmann::json& body, const char* field) {
    return read_optional_bool(body, field, body_field(field));
}

}  // namespace anzan::http
