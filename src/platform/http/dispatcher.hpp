// From a parsed Request to a Response, without sockets: routing, CORS, security headers, SPA
// fallback. The Beast session only reads, calls this and writes, so it is testable on its own.
#pragma once
#include "platform/http/router.hpp"
#include "platform/http/server.hpp"

namespace anzan::http {

// Which route (if any) a request will run, decided before choosing the thread it runs on.
struct Plan {
    Router::Match match;
    bool serve_spa = false;  // a browser navigating to a path that is also a legacy API alias
    Exec exec() const { return match.route && !serve_spa ? match.route->exec : Exec::Inline; }
};

// The headers every response carries, error answers of the HTTP layer included.
void add_security_headers(Response& response);

Plan plan_request(const Router& router, const Request& request);
// The whole answer to a request, on the calling thread.
Response handle_request(const Router& router, const Plan& plan, Request& request, Context& context,
                        const ServerOptions& options);
// The two halves of handle_request for a routed request, so a heavy route can be admitted on the
// worker pool and run on the heavy pool. REQUIRES: plan.match.route is set and not serve_spa.
// admit_request: nullopt when the request may run, else the finished refusal.
std::optional<Response> admit_request(const Router& router, const Plan& plan, Request& request, Context& context,
                                      const ServerOptions& options);
Response run_request(const Router& router, const Plan& plan, Request& request, Context& context,
                     const ServerOptions& options);

}  // namespace anzan::http
