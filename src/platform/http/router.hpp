// The route table and dispatcher. Every route declares method, path, access rule, a one-line
// summary and its request and response schemas; the authorization tests, /api/openapi.json and
// the web's API types are derived from this one table.
// Paths use `{name}` segments for parameters. Routes marked Legacy::AlsoWithoutApi also answer at
// the path without the `/api` prefix. Thread-safe after setup (read-only).
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "platform/config.hpp"
#include "platform/db/database.hpp"
#include "platform/http/request.hpp"
#include "platform/identity.hpp"
#include "platform/http/work_gate.hpp"
#include "platform/result.hpp"
#include "platform/time.hpp"

namespace anzan::http {

// Who may call a route. Teacher means teachers and admins.
enum class Access { Public, Authenticated, Teacher, Admin };
std::string_view access_name(Access access);

// Per-request state handed to handlers: the database, the config, the caller, the clock reading.
class Context {
public:
    Context(db::Database& database, const Config& config, Instant now)
        : database_(database), config_(config), now_(now) {}
    db::Database& db() { return database_; }
    const Config& config() const { return config_; }
    Instant now_utc() const { return now_; }
    // REQUIRES: the route is not Public (the router authenticated the caller).
    const AuthUser& user() const { return *user_; }
    const std::optional<AuthUser>& maybe_user() const { return user_; }
    void set_user(AuthUser user) { user_ = std::move(user); }
    // Holds one of `key`'s heavy-work places until the request ends. RateLimited when `key`
    // already has its share in flight. The router claims "user:<id>" for signed-in callers of
    // heavy routes; public heavy routes (sign-in) claim their own key.
    Result<void> claim_work_slot(const std::string& key);
    void set_work_gate(WorkGate* gate) { gate_ = gate; }

private:
    db::Database& database_;
    const Config& config_;
    Instant now_;
    std::optional<AuthUser> user_;
    WorkGate* gate_ = nullptr;
    std::vector<WorkGate::Slot> slots_;
};

using Handler = std::function<Result<Response>(const Request&, Context&)>;
// Cheap checks a heavy route makes before its request may wait for the heavy pool.
using Admission = std::function<Result<void>(const Request&, Context&)>;
// Turns a bearer token into the caller; Unauthenticated when the token is bad, expired or revoked.
using Authenticator = std::function<Result<AuthUser>(const std::string& token, Context&)>;

// Where a handler runs: most on the worker pool (they block on the database); CPU-heavy ones
// (PDFs, previews, password hashing, resets) on the heavy pool, at lower priority and with a
// per-caller limit, so cheap routes never wait behind them; a few trivial ones right on the I/O
// thread.
enum class Exec { Worker, Heavy, Inline };

// Whether a route also answers at its path without `/api`, as the legacy Python API did.
enum class Legacy { No, AlsoWithoutApi };

// One row of a route table. Written with designated initializers, in this order; the schemas are
// JSON Schema text (draft 2020-12, as OpenAPI 3.1 uses), usually a `ref("Name")` to a schema the
// area registered with Router::add_schema. OpenAPI, the web's generated types and the response
// checks of the API tests all read them.
struct Route {
    Method method;
    std::string path;
    Access access;
    std::string summary;
    Handler handler;
    std::string request;   // the JSON body it reads; empty: it reads none
    std::string response;  // its success body when JSON; empty with a non-JSON `media`
    int status = 200;      // its success status
    std::string media = "application/json";  // what a success answers with ("application/pdf")
    Legacy legacy = Legacy::No;
    Exec exec = Exec::Worker;
    std::string tag;  // OpenAPI grouping, e.g. "accounts"; Router::add_all sets it for a table
    // Heavy routes only: runs on the worker pool before the request is queued for the heavy pool.
    // Without one, the caller's share of heavy work is claimed as "user:<id>" (signed in) or
    // "address:<ip>"; with one, the admission claims what it sees fit (sign-in: the account).
    Admission admit;
};

// A named schema shared by routes (an OpenAPI component).
struct NamedSchema {
    std::string name;
    std::string schema;  // JSON Schema text
};

// `{"$ref": "#/components/schemas/<name>"}`.
std::string ref(std::string_view name);
// `{"type": "array", "items": <item>}`.
std::string array_of(std::string_view item);

// A route's path split once at setup: its segments, parameters named without braces.
struct PathPattern {
    std::vector<std::string> segments;
    std::vector<bool> is_parameter;
};

class Router {
public:
    void add(Route route);
    // A routes file's table: each row tagged with the area's name.
    void add_all(std::string_view tag, std::vector<Route> routes);
    void add_schema(std::string name, std::string schema);
    const std::vector<NamedSchema>& schemas() const { return schemas_; }
    void set_authenticator(Authenticator authenticator) { authenticator_ = std::move(authenticator); }
    const std::vector<Route>& routes() const { return routes_; }
    // Heavy requests one caller may have in flight (Exec::Heavy routes).
    WorkGate& work_gate() const { return work_gate_; }

    struct Match {
        const Route* route = nullptr;
        std::map<std::string, std::string> params;
        bool method_mismatch = false;  // the path exists with other methods
        std::vector<Method> allowed;
    };
    // Finds the route for a method and path (with or without /api for legacy aliases). Where
    // several paths fit, the one whose first differing segment is literal wins, so
    // `/papers/attempts` never reaches `/papers/{id}`.
    Match match(Method method, const std::string& path) const;
    // Access checks and, for heavy routes, the admission (the caller's share of heavy work).
    // nullopt when the request may run; otherwise the answer refusing it.
    std::optional<Response> admit(const Route& route, Request& request, Context& context) const;
    // The handler; always answers (errors become `{"detail": …}`, escaped exceptions a 500).
    // REQUIRES: admit() let the request in, with the same context.
    Response run(const Route& route, Request& request, Context& context) const;
    // admit() then run(), on one thread.
    Response dispatch(const Route& route, Request& request, Context& context) const;

private:
    struct RoutePatterns {
        PathPattern api;                  // the route's path
        std::optional<PathPattern> bare;  // its legacy path without /api, if it has one
    };
    std::vector<Route> routes_;
    std::vector<RoutePatterns> patterns_;  // one per route, same order
    std::vector<NamedSchema> schemas_;
    Authenticator authenticator_;
    mutable WorkGate work_gate_;
};

}  // namespace anzan::http
