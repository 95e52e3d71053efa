#include "platform/http/router.hpp"

#include <spdlog/spdlog.h>

#include "platform/http/json_response.hpp"

namespace anzan::http {
namespace {

std::vector<std::string_view> split_path(std::string_view path) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (start < path.size()) {
        if (path[start] == '/') { ++start; continue; }
        const size_t end = path.find('/', start);
        parts.push_back(path.substr(start, end == std::string_view::npos ? path.npos : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return parts;
}

bool is_parameter(std::string_view segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Which segments of a matched pattern were literal, first segment first: compared as strings,
// the larger one is the more specific match (literal '1' > parameter '0').
using Specificity = std::string;

std::optional<Specificity> match_pattern(std::string_view pattern, std::string_view path,
                                         std::map<std::string, std::string>& params) {
    const auto want = split_path(pattern);
    const auto got = split_path(path);
    if (want.size() != got.size()) return std::nullopt;
    std::map<std::string, std::string> found;
    Specificity specificity;
    for (size_t i = 0; i < want.size(); ++i) {
        if (is_parameter(want[i])) {
            found.emplace(std::string(want[i].substr(1, want[i].size() - 2)), std::string(got[i]));
            specificity += '0';
        } else if (want[i] != got[i]) {
            return std::nullopt;
        } else {
            specificity += '1';
        }
    }
    params = std::move(found);
    return specificity;
}

bool allowed(Access access, Role role) {
    switch (access) {
        case Access::Public:
        case Access::Authenticated: return true;
        case Access::Teacher: return role == Role::Teacher || role == Role::Admin;
        case Access::Admin: return role == Role::Admin;
    }
    return false;
}

std::string bearer_token(const Request& request) {
    const std::string& header = request.header("authorization");
    if (header.size() > 7 && (header.compare(0, 7, "Bearer ") == 0 || header.compare(0, 7, "bearer ") == 0))
        return header.substr(7);
    return {};
}

}  // namespace

std::string_view access_name(Access access) {
    switch (access) {
        case Access::Public: return "public";
        case Access::Authenticated: return "authenticated";
        case Access::Teacher: return "teacher";
        case Access::Admin: return "admin";
    }
    return "public";
}

Result<void> Context::claim_work_slot(const std::string& key) {
    if (gate_ == nullptr) return {};
    auto slot = gate_->try_acquire(key);
    if (!slot)
        return Error::rate_limited("You already have " + std::to_string(gate_->limit()) +
                                       " worksheets or sign-ins being prepared: wait for them to finish, then try again",
                                   2);
    slots_.push_back(std::move(*slot));
    return {};
}

void Router::add(Route route) { routes_.push_back(std::move(route)); }

void Router::add_all(std::string_view tag, std::vector<Route> routes) {
    for (auto& route : routes) {
        route.tag = tag;
        add(std::move(route));
    }
}

void Router::add_schema(std::string name, std::string schema) {
    schemas_.push_back({std::move(name), std::move(schema)});
}

std::string ref(std::string_view name) {
    return R"({"$ref":"#/components/schemas/)" + std::string(name) + "\"}";
}

std::string array_of(std::string_view item) { return R"({"type":"array","items":)" + std::string(item) + "}"; }

Router::Match Router::match(Method method, const std::string& path) const {
    Match result;
    const bool prefixed = path.rfind("/api/", 0) == 0;
    // HEAD is answered by the GET route (the server drops the body).
    const Method wanted = method == Method::Head ? Method::Get : method;
    std::optional<Specificity> best;         // of the route found for this method
    std::optional<Specificity> best_path;    // of any route whose path fits
    std::vector<std::pair<Specificity, Method>> fitting;
    for (const auto& route : routes_) {
        std::map<std::string, std::string> params;
        auto hit = match_pattern(route.path, path, params);
        if (!hit && !prefixed && route.legacy == Legacy::AlsoWithoutApi && route.path.rfind("/api/", 0) == 0)
            hit = match_pattern(std::string_view(route.path).substr(4), path, params);
        if (!hit) continue;
        fitting.emplace_back(*hit, route.method);
        if (!best_path || *hit > *best_path) best_path = *hit;
        if (route.method == wanted && (!best || *hit > *best)) {
            best = *hit;
            result.route = &route;
            result.params = std::move(params);
        }
    }
    // A more specific path that lacks this method answers 405 rather than falling through to a
    // parameter route (POST /papers/attempts is not POST /papers/{id}).
    if (result.route && *best < *best_path) result.route = nullptr;
    if (result.route) return result;
    result.params.clear();
    for (const auto& [specificity, method] : fitting) {
        if (specificity != *best_path) continue;
        result.method_mismatch = true;
        result.allowed.push_back(method);
    }
    return result;
}

std::optional<Response> Router::admit(const Route& route, Request& request, Context& context) const {
    try {
        context.set_work_gate(&work_gate_);
        if (route.access != Access::Public || !bearer_token(request).empty()) {
            const std::string token = bearer_token(request);
            if (token.empty()) {
                if (route.access != Access::Public)
                    return error_response(Error::unauthenticated("Not authenticated: sign in and send a bearer token"));
            } else if (authenticator_) {
                auto user = authenticator_(token, context);
                if (user) context.set_user(user.release_value());
                else if (route.access != Access::Public) return error_response(user.error());
            }
            if (route.access != Access::Public && !allowed(route.access, context.user().role)) {
                return error_response(Error::forbidden(route.access == Access::Admin
                                                           ? "Admin access required"
                                                           : "Teacher or admin access required"));
            }
        }
        if (route.exec != Exec::Heavy) return std::nullopt;
        Result<void> admitted = route.admit ? route.admit(request, context)
                                : context.maybe_user()
                                    ? context.claim_work_slot("user:" + std::to_string(context.user().id))
                                    : context.claim_work_slot("address:" + request.remote_ip);
        if (!admitted) return error_response(admitted.error());
        return std::nullopt;
    } catch (const std::exception& e) {
        spdlog::error("unhandled exception admitting {} {}: {}", method_name(request.method), request.path, e.what());
        return error_response(Error::internal("Internal server error"));
    }
}

Response Router::run(const Route& route, Request& request, Context& context) const {
    try {
        auto result = route.handler(request, context);
        if (!result) {
            if (result.error().code == ErrorCode::Internal)
                spdlog::error("{} {}: {}", method_name(request.method), request.path, result.error().detail);
            return error_response(result.error());
        }
        return result.release_value();
    } catch (const std::exception& e) {
        // Last resort: a bug escaped a handler. Log it, answer 500 without internals.
        spdlog::error("unhandled exception in {} {}: {}", method_name(request.method), request.path, e.what());
        return error_response(Error::internal("Internal server error"));
    }
}

Response Router::dispatch(const Route& route, Request& request, Context& context) const {
    if (auto denied = admit(route, request, context)) return std::move(*denied);
    return run(route, request, context);
}

}  // namespace anzan::http
