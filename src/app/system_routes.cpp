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

json operation_for(const http::Route& route) {
    json op = {{"summary", route.summary},
               {"tags", json::array({route.tag.empty() ? "system" : route.tag})},
               {"x-access", std::string(http::access_name(route.access))}};
    json responses = {{"200", {{"description", "Success"}}}};
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
    if (route.method == Method::Post || route.method == Method::Put || route.method == Method::Patch)
        op["requestBody"] = {{"required", false}, {"content", {{"application/json", {{"schema", {{"type", "object"}}}}}}}};
    return op;
}

}  // namespace

json openapi_document(const http::Router& router) {
    json paths = json::object();
    for (const auto& route : router.routes()) {
        if (route.path == "/api/ping") continue;
        paths[route.path][lower_method(route.method)] = operation_for(route);
        if (route.legacy_alias) {
            json alias = operation_for(route);
            alias["summary"] = route.summary + " (legacy path without /api)";
            paths[route.path.substr(4)][lower_method(route.method)] = alias;
        }
    }
    return {{"openapi", "3.0.3"},
            {"info", {{"title", "Anzan API"}, {"version", ANZAN_VERSION},
                      {"description", "Abacus academy platform. Errors are {\"detail\": \"...\"}. x-access names "
                                      "who may call each route: public, authenticated, teacher (teachers and "
                                      "admins) or admin."}}},
            {"paths", paths},
            {"components",
             {{"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}, {"bearerFormat", "JWT"}}}}},
              {"schemas", {{"Error", {{"type", "object"}, {"properties", {{"detail", {{"type", "string"}}}}}}}}}}}};
}

void add_system_routes(http::Router& router) {
    router.add({Method::Get, "/health", Access::Public, get_health, "Server and database health", false,
                http::Exec::Worker, "system"});
    router.add({Method::Get, "/api/health", Access::Public, get_health, "Server and database health", false,
                http::Exec::Worker, "system"});
    // A bare in-process route: the benchmark's baseline for what the server itself costs.
    router.add({Method::Get, "/api/ping", Access::Public, get_ping, "Bare ping (benchmark baseline)", false,
                http::Exec::Inline, "system"});
    router.add({Method::Get, "/api/openapi.json", Access::Public,
                [&router](const Request&, Context&) -> Result<Response> {
                    return http::json_response(openapi_document(router));
                },
                "This API description (OpenAPI 3)", false, http::Exec::Inline, "system"});
}

}  // namespace anzan::app
