#include "platform/http/json_response.hpp"

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

Result<std::string> required_string(const nlohmann::json& body, const char* field) {
    const auto it = body.find(field);
    if (it == body.end() || it->is_null()) return Error::invalid(std::string("Field '") + field + "' is required");
    if (!it->is_string()) return Error::invalid(std::string("Field '") + field + "' must be a string");
    return it->get<std::string>();
}

Result<std::optional<std::string>> optional_string(const nlohmann::json& body, const char* field) {
    const auto it = body.find(field);
    if (it == body.end() || it->is_null()) return std::optional<std::string>();
    if (!it->is_string()) return Error::invalid(std::string("Field '") + field + "' must be a string");
    return std::optional<std::string>(it->get<std::string>());
}

Result<std::optional<long long>> optional_integer(const nlohmann::json& body, const char* field) {
    const auto it = body.find(field);
    if (it == body.end() || it->is_null()) return std::optional<long long>();
    if (!it->is_number_integer()) return Error::invalid(std::string("Field '") + field + "' must be an integer");
    return std::optional<long long>(it->get<long long>());
}

Result<std::optional<bool>> optional_bool(const nlohmann::json& body, const char* field) {
    const auto it = body.find(field);
    if (it == body.end() || it->is_null()) return std::optional<bool>();
    if (!it->is_boolean()) return Error::invalid(std::string("Field '") + field + "' must be true or false");
    return std::optional<bool>(it->get<bool>());
}

}  // namespace anzan::http
