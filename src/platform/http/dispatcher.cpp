#include "platform/http/dispatcher.hpp"

#include <algorithm>

#include "platform/http/json_response.hpp"

namespace anzan::http {
namespace {

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

bool origin_allowed(const std::string& origin, const std::vector<std::string>& allowed) {
    if (origin.empty()) return false;
    return std::any_of(allowed.begin(), allowed.end(), [&](const std::string& a) { return a == "*" || a == origin; });
}

void add_cors_headers(const Request& request, Response& response, const ServerOptions& options) {
    const std::string& origin = request.header("origin");
    if (!origin_allowed(origin, options.cors_origins)) return;
    response.set_header("Access-Control-Allow-Origin", origin);
    response.set_header("Vary", "Origin");
    response.set_header("Access-Control-Allow-Credentials", "true");
}

Response preflight(const Request& request, const ServerOptions& options) {
    Response response;
    response.status = 204;
    response.content_type.clear();
    if (origin_allowed(request.header("origin"), options.cors_origins)) {
        add_cors_headers(request, response, options);
        response.set_header("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE, OPTIONS");
        response.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type");
        response.set_header("Access-Control-Max-Age", "600");
    }
    return response;
}

}  // namespace

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

Response handle_request(const Router& router, const Plan& plan, Request& request, Context& context,
                        const ServerOptions& options) {
    Response response;
    if (request.method == Method::Options) {
        response = preflight(request, options);
    } else if (plan.match.route && !plan.serve_spa) {
        request.path_params = plan.match.params;
        response = router.dispatch(*plan.match.route, request, context);
    } else {
        Request spa_request = request;
        // assign(1, c) sidesteps a g++ 12 -Wrestrict false positive on assigning a literal.
        if (plan.serve_spa) spa_request.path.assign(1, '/');
        response = serve_unrouted(router, spa_request, options.web_dir);
    }
    add_cors_headers(request, response, options);
    add_security_headers(response);
    return response;
}

}  // namespace anzan::http
