#include "platform/http/router.hpp"

#include <spdlog/spdlog.h>

#include <array>
#include <cstdint>

#include "platform/http/json_response.hpp"

namespace anzan::http {
namespace {

// Splits into `out` without allocating beyond its capacity; false past kMaxSegments.
constexpr size_t kMaxSegments = 16;
using Segments = std::array<std::string_view, kMaxSegments>;

bool split_path(std::string_view path, Segments& out, size_t& count) {
    count = 0;
    size_t start = 0;
    while (start < path.size()) {
        if (path[start] == '/') { ++start; continue; }
        const size_t end = path.find('/', start);
        if (count == kMaxSegments) return false;
        out[count++] = path.substr(start, end == std::string_view::npos ? path.npos : end - start);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return true;
}

bool is_parameter(std::string_view segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// Which segments of a fitting pattern are literal, the first segment in the highest bit: the
// larger value is the more specific match. 0 is reserved for "does not fit".
using Specificity = std::uint32_t;

Specificity fit(const PathPattern& pattern, const Segments& path, size_t path_count) {
    if (pattern.segments.size() != path_count) return 0;
    Specificity specificity = 1;  // fits, even with parameters only
    for (size_t i = 0; i < path_count; ++i) {
        if (pattern.is_parameter[i]) continue;
        if (pattern.segments[i] != path[i]) return 0;
        specificity |= Specificity{1} << (31 - i);
    }
    return specificity;
}

PathPattern compile(std::string_view path) {
    Segments parts;
    size_t count = 0;
    split_path(path, parts, count);
    PathPattern pattern;
    for (size_t i = 0; i < count; ++i) {
        const bool parameter = is_parameter(parts[i]);
        pattern.segments.emplace_back(parameter ? parts[i].substr(1, parts[i].size() - 2) : parts[i]);
        pattern.is_parameter.push_back(parameter);
    }
    return pattern;
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

void Router::add(Route route) {
    RoutePatterns patterns{compile(route.path), std::nullopt};
    if (route.legacy == Legacy::AlsoWithoutApi && route.path.rfind("/api/", 0) == 0)
        patterns.bare = compile(std::string_view(route.path).substr(4));
    patterns_.push_back(std::move(patterns));
    routes_.push_back(std::move(route));
}

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
    Segments got;
    size_t got_count = 0;
    if (!split_path(path, got, got_count)) return result;
    const bool prefixed = path.rfind("/api/", 0) == 0;
    // HEAD is answered by the GET route (the server drops the body).
    const Method wanted = method == Method::Head ? Method::Get : method;
    // The pattern a route fits the path with (its own, or its legacy path without /api), if any.
    auto fitting = [&](size_t idx, const PathPattern*& pattern) {
        pattern = &patterns_[idx].api;
        Specificity hit = fit(*pattern, got, got_count);
        if (!hit && !prefixed && patterns_[idx].bare) {
            pattern = &*patterns_[idx].bare;
            hit = fit(*pattern, got, got_count);
        }
        return hit;
    };
    Specificity best = 0, best_path = 0;  // of the route for this method, of any fitting path
    size_t found = routes_.size();
    const PathPattern* found_pattern = nullptr;
    for (size_t idx = 0; idx < routes_.size(); ++idx) {
        const PathPattern* pattern = nullptr;
        const Specificity hit = fitting(idx, pattern);
        if (!hit) continue;
        best_path = std::max(best_path, hit);
        if (routes_[idx].method == wanted && hit > best) {
            best = hit;
            found = idx;
            found_pattern = pattern;
        }
    }
    // A more specific path that lacks this method answers 405 rather than falling through to a
    // parameter route (POST /papers/attempts is not POST /papers/{id}).
    if (found_pattern && best == best_path) {
        for (size_t i = 0; i < got_count; ++i)
            if (found_pattern->is_parameter[i]) result.params.emplace(found_pattern->segments[i], std::string(got[i]));
        result.route = &routes_[found];
        return result;
    }
    for (size_t idx = 0; best_path && idx < routes_.size(); ++idx) {
        const PathPattern* pattern = nullptr;
        if (fitting(idx, pattern) != best_path) continue;
        result.method_mismatch = true;
        result.allowed.push_back(routes_[idx].method);
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
