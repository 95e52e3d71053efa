#include <algorithm>

#include "app/app.hpp"
#include "platform/http/json_response.hpp"

namespace anzan::app {
namespace {
using http::Access;
using http::Context;
using http::Method;
using http::Request;
using http::Response;
using json = nlohmann::json;

Result<Response> get_health(const Request&, Context& ctx) {
    if (ctx.db().ping()) return http::json_response({{"status", "ok"}, {"database", "connected"}});
    return http::json_response({{"status", "degraded"}, {"database", "disconnected"}}, 503);
}

Result<Response> get_ping(const Request&, Context&) { return http::json_response({{"pong", true}}); }

std::string lower_method(Method method) {
    std::string name(http::method_name(method));
    std::transform(name.begin(), name.end(), name.begin(), ::tolower);
    return name;
}

json parsed_schema(const std::string& text) {
    // Schemas are our own constants; a typo is caught by the OpenAPI unit test, never by a user.
    return text.empty() ? json::object() : json::parse(text);
}

json operation_for(const http::Route& route) {
    json op = {{"summary", route.summary},
               {"operationId", lower_method(route.method) + route.path},
               {"tags", json::array({route.tag.empty() ? "system" : route.tag})},
               {"x-access", std::string(http::access_name(route.access))}};
    json success = {{"description", "Success"}};
    if (route.media == "application/json") {
        if (!route.response.empty())
            success["content"] = {{"application/json", {{"schema", parsed_schema(route.response)}}}};
    } else {
        success["content"] = {{route.media, {{"schema", {{"type", "string"}, {"format", "binary"}}}}}};
    }
    json responses = json::object();
    responses[std::to_string(route.status)] = success;
    responses["4XX"] = {{"description", "Error: {\"detail\": \"reason\"}"},
                        {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}};
    op["responses"] = responses;
    if (route.access != Access::Public) op["security"] = json::array({{{"bearer", json::array()}}});
    json parameters = json::array();
    for (size_t pos = route.path.find('{'); pos != std::string::npos; pos = route.path.find('{', pos + 1)) {
        const auto end = route.path.find('}', pos);
        parameters.push_back({{"name", route.path.substr(pos + 1, end - pos - 1)},
                              {"in", "path"},
                              {"required", true},
                              {"schema", {{"type", "string"}}}});
    }
    if (!parameters.empty()) op["parameters"] = parameters;
    if (!route.request.empty())
        op["requestBody"] = {{"required", false},
                             {"content", {{"application/json", {{"schema", parsed_schema(route.request)}}}}}};
    return op;
}

}  // namespace

json openapi_document(const http::Router& router) {
    json paths = json::object();
    for (const auto& route : router.routes()) {
        if (route.path == "/api/ping") continue;
        paths[route.path][lower_method(route.method)] = operation_for(route);
        if (route.legacy == http::Legacy::AlsoWithoutApi) {
            json alias = operation_for(route);
            alias["summary"] = route.summary + " (legacy path without /api)";
            alias["operationId"] = lower_method(route.method) + route.path.substr(4);
            paths[route.path.substr(4)][lower_method(route.method)] = alias;
        }
    }
    json schemas = json::object();
    for (const auto& named : router.schemas()) schemas[named.name] = parsed_schema(named.schema);
    return {{"openapi", "3.1.0"},
            {"info", {{"title", "Anzan API"}, {"version", ANZAN_VERSION},
                      {"description", "Abacus academy platform. Errors are {\"detail\": \"...\"}. x-access names "
                                      "who may call each route: public, authenticated, teacher (teachers and "
                                      "admins) or admin."}}},
            {"paths", paths},
            {"components",
             {{"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}, {"bearerFormat", "JWT"}}}}},
              {"schemas", schemas}}}};
}

void add_system_routes(http::Router& router) {
    router.add_schema("Error", R"({"type":"object","required":["detail"],"properties":{"detail":{"type":"string"}}})");
    router.add_schema("Message", R"({"type":"object","required":["message"],"properties":{"message":{"type":"string"}}})");
    router.add_schema("Health", R"({
      "type":"object","required":["status","database"],
      "properties":{"status":{"type":"string","enum":["ok","degraded"]},
                    "database":{"type":"string","enum":["connected","disconnected"]}}})");
    auto openapi = [&router](const Request&, Context&) -> Result<Response> {
        return http::json_response(openapi_document(router));
    };
    router.add_all("system", {
        {.method = Method::Get, .path = "/health", .access = Access::Public, .summary = "Server and database health",
         .handler = get_health, .response = http::ref("Health")},
        {.method = Method::Get, .path = "/api/health", .access = Access::Public,
         .summary = "Server and database health", .handler = get_health, .response = http::ref("Health")},
        // A bare in-process route: the benchmark's baseline for what the server itself costs.
        {.method = Method::Get, .path = "/api/ping", .access = Access::Public,
         .summary = "Bare ping (benchmark baseline)", .handler = get_ping,
         .response = R"({"type":"object","required":["pong"],"properties":{"pong":{"type":"boolean"}}})",
         .exec = http::Exec::Inline},
        {.method = Method::Get, .path = "/api/openapi.json", .access = Access::Public,
         .summary = "This API description (OpenAPI 3.1)", .handler = openapi,
         .response = R"({"type":"object","description":"An OpenAPI 3.1 document"})", .exec = http::Exec::Inline},
    });
}

}  // namespace anzan::app
