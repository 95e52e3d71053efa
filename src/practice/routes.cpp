// Practice and points routes: the table first, then thin handlers (parse, call the service, answer).
#include "practice/routes.hpp"

#include "platform/http/json_response.hpp"
#include "platform/http/params.hpp"
#include "platform/json_fields.hpp"
#include "practice/json.hpp"
#include "practice/points.hpp"
#include "practice/rules.hpp"
#include "practice/schemas.hpp"
#include "practice/service.hpp"

namespace anzan::practice {
namespace {
using http::Access;
using http::Context;
using http::Exec;
using http::Legacy;
using http::Method;
using http::Request;
using http::Response;
using http::ref;
using json = nlohmann::json;

Result<Response> get_options(const Request&, Context&);
Result<Response> post_session(const Request&, Context&);
Result<Response> get_session_route(const Request&, Context&);
Result<Response> post_submit(const Request&, Context&);
Result<Response> post_legacy_session(const Request&, Context&);
Result<Response> get_legacy_session(const Request&, Context&);
Result<Response> get_stats(const Request&, Context&);
Result<Response> get_points_logs(const Request&, Context&);
Result<Response> get_point_rules(const Request&, Context&);
Result<Response> put_point_rules(const Request&, Context&);
Result<Response> post_adjustment(const Request&, Context&);
Result<Response> put_legacy_points(const Request&, Context&);

}  // namespace

void add_routes(http::Router& router) {
    add_schemas(router);
    const auto legacy = Legacy::AlsoWithoutApi;
    router.add_all("practice", {
        {.method = Method::Get, .path = "/api/practice/options", .access = Access::Public,
         .summary = "The mental-maths operations with their settings, ranges and timings", .handler = get_options,
         .response = ref("PracticeOptions"), .exec = Exec::Inline},
        {.method = Method::Post, .path = "/api/practice/sessions", .access = Access::Authenticated,
         .summary = "Start a mental-maths session: the server generates and keeps the questions (sent without answers)",
         .handler = post_session, .request = ref("PracticeSessionRequest"), .response = ref("PracticeSession"),
         .status = 201, .exec = Exec::Heavy},
        {.method = Method::Get, .path = "/api/practice/sessions/{id}", .access = Access::Authenticated,
         .summary = "One of the caller's sessions (to resume it, or its result)", .handler = get_session_route,
         .response = ref("PracticeSession")},
        {.method = Method::Post, .path = "/api/practice/sessions/{id}/submit", .access = Access::Authenticated,
         .summary = "Submit answers: graded by the server, points credited once (a repeat returns the first result)",
         .handler = post_submit, .request = ref("PracticeSubmit"), .response = ref("PracticeResult")},
        {.method = Method::Post, .path = "/api/users/practice-session", .access = Access::Authenticated,
         .summary = "Legacy: save a session graded from its question data (the client's scores are ignored)",
         .handler = post_legacy_session, .request = ref("LegacyPracticeRequest"),
         .response = ref("LegacyPracticeSession"), .legacy = legacy},
        {.method = Method::Get, .path = "/api/users/practice-session/{id}", .access = Access::Authenticated,
         .summary = "Legacy: one of the caller's sessions with its attempts", .handler = get_legacy_session,
         .response = ref("LegacyPracticeSession"), .legacy = legacy},
        {.method = Method::Get, .path = "/api/users/stats", .access = Access::Authenticated,
         .summary = "The caller's dashboard stats (mental maths and papers)", .handler = get_stats,
         .response = ref("StudentStats"), .legacy = legacy},
        {.method = Method::Get, .path = "/api/users/points/logs", .access = Access::Authenticated,
         .summary = "The caller's points history, newest first (?limit=1..1000, ?offset=)", .handler = get_points_logs,
         .response = ref("PointsLogs"), .legacy = legacy},
        {.method = Method::Get, .path = "/api/admin/point-rules", .access = Access::Admin,
         .summary = "The point values (per answer, per correct answer, bonuses, caps)", .handler = get_point_rules,
         .response = ref("PointRules")},
        {.method = Method::Put, .path = "/api/admin/point-rules", .access = Access::Admin,
         .summary = "Change point values ({rules: {key: points}}); audited", .handler = put_point_rules,
         .request = ref("PointRulesUpdate"), .response = ref("PointRules")},
        {.method = Method::Post, .path = "/api/admin/users/{id}/points", .access = Access::Admin,
         .summary = "Give or take a student's points, with a reason (one ledger row)", .handler = post_adjustment,
         .request = ref("PointsAdjustment"), .response = ref("PointsAdjusted")},
        {.method = Method::Put, .path = "/api/users/admin/students/{id}/points", .access = Access::Admin,
         .summary = "Legacy: set a student's points (the difference is one ledger row)", .handler = put_legacy_points,
         .request = ref("LegacySetPoints"), .response = ref("LegacyPointsSet"), .legacy = legacy},
    });
}

namespace {

json options_json() {
    json operations = json::array();
    for (const auto& op : rules::operations()) {
        json settings = json::array();
        for (const auto& s : op.settings)
            settings.push_back({{"name", s.name}, {"label", s.label}, {"min", s.min}, {"max", s.max},
                                {"default", s.fallback}});
        const auto timing = rules::timing_for(op);
        json custom_values = json::array();
        if (op.flash) custom_values = rules::flash_custom_values();
        operations.push_back({{"operation_type", op.name},
                              {"label", op.label},
                              {"flash", op.flash},
                              {"settings", settings},
                              {"timing", {{"unit", op.flash ? "row" : "question"},
                                          {"easy", timing.easy},
                                          {"medium", timing.medium},
                                          {"hard", timing.hard},
                                          {"custom_min", timing.custom_min},
                                          {"custom_max", timing.custom_max},
                                          {"custom_values", custom_values},
                                          {"answer_seconds", op.flash ? json(rules::kFlashAnswerSeconds)
                                                                      : json(nullptr)}}}});
    }
    return {{"operations", operations},
            {"max_questions", rules::kMaxQuestions},
            {"session_seconds", rules::kSessionSeconds}};
}

// An answer the service wrote as JSON text.
Response text_response(std::string body) {
    Response response;
    response.body = std::move(body);
    return response;
}

// Built once: the menu is constant.
Result<Response> get_options(const Request&, Context&) {
    static const std::string kBody = options_json().dump();
    Response response;
    response.body = kBody;
    return response;
}

Result<Response> post_session(const Request& req, Context& ctx) {
    const auto request = TRY(parse_session_request(TRY(http::parse_json_object(req))));
    return http::json_response(TRY(start_session(ctx.db(), ctx.config(), ctx.user().id, request, ctx.now_utc())), 201);
}

Result<Response> get_session_route(const Request& req, Context& ctx) {
    const long long id = TRY(http::path_id(req, "id"));
    return http::json_response(TRY(get_session(ctx.db(), ctx.user().id, id, ctx.now_utc())));
}

Result<Response> post_submit(const Request& req, Context& ctx) {
    const long long id = TRY(http::path_id(req, "id"));
    const auto request = TRY(parse_submit_request(TRY(http::parse_json_object(req))));
    return text_response(TRY(submit_session(ctx.db(), ctx.config(), ctx.user().id, id, request, ctx.now_utc())));
}

Result<Response> post_legacy_session(const Request& req, Context& ctx) {
    const auto request = TRY(parse_legacy_request(TRY(http::parse_json_object(req))));
    return text_response(TRY(save_legacy_session(ctx.db(), ctx.config(), ctx.user().id, request, ctx.now_utc())));
}

Result<Response> get_legacy_session(const Request& req, Context& ctx) {
    const long long id = TRY(http::path_id(req, "id"));
    return text_response(TRY(legacy_session_detail(ctx.db(), ctx.user().id, id)));
}

Result<Response> get_stats(const Request&, Context& ctx) {
    return text_response(TRY(student_stats(ctx.db(), ctx.user().id)));
}

Result<Response> get_points_logs(const Request& req, Context& ctx) {
    const long long limit = TRY(http::query_integer(req, "limit", "1..1000")).value_or(100);
    const long long offset = TRY(http::query_integer(req, "offset", "0 or more")).value_or(0);
    if (limit < 1 || limit > 1000) return Error::invalid("limit must be between 1 and 1000");
    if (offset < 0) return Error::invalid("offset must not be negative");
    return http::json_response(TRY(points_logs(ctx.db(), ctx.user().id, limit, offset)));
}

Result<Response> get_point_rules(const Request&, Context& ctx) {
    return http::json_response(TRY(point_rules_json(ctx.db())));
}

Result<Response> put_point_rules(const Request& req, Context& ctx) {
    const json body = TRY(http::parse_json_object(req));
    const json* rules_field = field_value(body, "rules");
    if (!rules_field || !rules_field->is_object()) return Error::invalid("rules must be an object {key: points}");
    if (rules_field->size() > 50) return Error::invalid("rules has too many entries");
    std::vector<std::pair<std::string, long long>> values;
    for (const auto& [key, value] : rules_field->items()) {
        const auto points = TRY(read_optional_integer(*rules_field, key.c_str(), "rules." + key, 0, 1000000));
        if (!points) return Error::invalid("rules." + key + " must be a whole number");
        values.emplace_back(key, *points);
    }
    return http::json_response(TRY(update_point_rules(ctx.db(), ctx.user().id, values, ctx.now_utc())));
}

Result<Response> post_adjustment(const Request& req, Context& ctx) {
    const json body = TRY(http::parse_json_object(req));
    Adjustment a;
    a.user_id = TRY(http::path_id(req, "id"));
    const auto points = TRY(read_optional_integer(body, "points", "points", -1000000, 1000000));
    if (!points) return Error::invalid("points is required (a whole number; negative takes points away)");
    a.points = *points;
    a.reason = TRY(read_optional_string(body, "reason", "reason")).value_or("");
    const auto first = a.reason.find_first_not_of(" \t\n");
    if (first == std::string::npos) return Error::invalid("reason is required: say why the points change");
    if (a.reason.size() > 200) return Error::invalid("reason has at most 200 characters");
    a.idempotency_key = TRY(read_optional_string(body, "idempotency_key", "idempotency_key")).value_or("");
    if (a.idempotency_key.size() > 100) return Error::invalid("idempotency_key has at most 100 characters");
    return http::json_response(TRY(adjust_points(ctx.db(), ctx.user().id, a, ctx.now_utc())));
}

Result<Response> put_legacy_points(const Request& req, Context& ctx) {
    const json body = TRY(http::parse_json_object(req));
    const long long user_id = TRY(http::path_id(req, "id"));
    const auto points = TRY(read_optional_integer(body, "points", "Field 'points'", -1000000000, 1000000000));
    if (!points) return Error::invalid("Field 'points' is required");
    return http::json_response(TRY(set_points_legacy(ctx.db(), ctx.user().id, user_id, *points, ctx.now_utc())));
}

}  // namespace
}  // namespace anzan::practice
