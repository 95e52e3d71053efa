#include "platform/http/dispatcher.hpp"

#include <algorithm>

#include "platform/http/json_response.hpp"

namespace anzan::http {
namespace {

bool is_listed(const std::string& origin, const std::vector<std::string>& allowed) {
    return std::find(allowed.begin(), allowed.end(), origin) != allowed.end();
}

bool allows_any(const std::vector<std::string>& allowed) { return is_listed("*", allowed); }

// CORS as the Fetch standard has it: a listed origin is echoed with credentials allowed; with
// CORS_ORIGINS=* any other origin gets a literal "*", never together with credentials (browsers
// refuse that pair, and echoing every origin with credentials would hand any site the API). The
// opaque origin "null" (sandboxed frames, file:// pages) is never echoed.
void add_cors_headers(const Request& request, Response& response, const ServerOptions& options) {
    const std::string& origin = request.header("origin");
    if (origin.empty() || origin == "null") return;
    if (is_listed(origin, options.cors_origins)) {
        response.set_header("Access-Control-Allow-Origin", origin);
        response.set_header("Access-Control-Allow-Credentials", "true");
        response.append_header_value("Vary", "Origin");
    } else if (allows_any(options.cors_origins)) {
        response.set_header("Access-Control-Allow-Origin", "*");
    }
}

bool origin_allowed(const std::string& origin, const ServerOptions& options) {
    if (origin.empty() || origin == "null") return false;
    return is_listed(origin, options.cors_origins) || allows_any(options.cors_origins);
}

// The preflight's own headers; the CORS ones are added once, like on every response.
Response preflight(const Request& request, const ServerOptions& options) {
    Response response;
    response.status = 204;
    response.content_type.clear();
    if (origin_allowed(request.header("origin"), options)) {
        response.set_header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
        response.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type");
        response.set_header("Access-Control-Max-Age", "600");
    }
    return response;
}

}  // namespace

void add_security_headers(Response& response) {
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_header("X-Frame-Options", "DENY");
    response.set_header("Referrer-Policy", "strict-origin-when-cross-origin");
    // Google sign-in opens a popup that must be able to post back.
    response.set_header("Cross-Origin-Opener-Policy", "same-origin-allow-popups");
    if (response.content_type.rfind("text/html", 0) == 0) {
        response.set_header("Content-Security-Policy",
                            "default-src 'self'; script-src 'self' https://accounts.google.com; "
                            "frame-src https://accounts.google.com; connect-src 'self' https://accounts.google.com; "
                            "style-src 'self' 'unsafe-inline' https://accounts.google.com; img-src 'self' data: https:; "
                            "frame-ancestors 'none'");
    }
}

Plan plan_request(const Router& router, const Request& request) {
    Plan plan;
    plan.match = router.match(request.method, request.path);
    const bool is_api = request.path.rfind("/api/", 0) == 0;
    // A legacy alias such as /users/me reached by a browser navigation shows the web app; API clients
    // (which do not ask for text/html) get JSON.
    if (plan.match.route && !is_api && request.method == Method::Get &&
        request.header("accept").find("text/html") != std::string::npos && plan.match.route->path != "/health")
        plan.serve_spa = true;
    return plan;
}

namespace {

// Every answer of a route: never cached, with CORS and security headers.
Response finish_route_response(Response response, const Request& request, const ServerOptions& options) {
    // API answers are per user and often carry tokens: no browser or proxy may keep them.
    if (response.header("Cache-Control").empty()) response.set_header("Cache-Control", "no-store");
    add_cors_headers(request, response, options);
    add_security_headers(response);
    return response;
}

}  // namespace

std::optional<Response> admit_request(const Router& router, const Plan& plan, Request& request, Context& context,
                                      const ServerOptions& options) {
    request.path_params = plan.match.params;
    auto denied = router.admit(*plan.match.route, request, context);
    if (!denied) return std::nullopt;
    return finish_route_response(std::move(*denied), request, options);
}

Response run_request(const Router& router, const Plan& plan, Request& request, Context& context,
                     const ServerOptions& options) {
    return finish_route_response(router.run(*plan.match.route, request, context), request, options);
}

Response handle_request(const Router& router, const Plan& plan, Request& request, Context& context,
                        const ServerOptions& options) {
    if (plan.match.route && !plan.serve_spa && request.method != Method::Options) {
        if (auto denied = admit_request(router, plan, request, context, options)) return std::move(*denied);
        return run_request(router, plan, request, context, options);
    }
    Response response;
    if (request.method == Method::Options) {
        response = preflight(request, options);
    } else if (plan.serve_spa) {
        response = serve_web_app_index(options.web_dir);
    } else {
        response = serve_unrouted(router, request, options.web_dir);
    }
    add_cors_headers(request, response, options);
    add_security_headers(response);
    return response;
}

}  // namespace anzan::http
