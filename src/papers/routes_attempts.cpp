// The routes of online paper attempts (legacy paths, also without /api) and of paper assignments.
// Starting an attempt generates its paper: it runs on the heavy pool (Exec::Heavy) like a preview;
// the rest on the worker pool. Handlers parse, call service_attempts, and answer.
#include <nlohmann/json.hpp>

#include "papers/attempt_rules.hpp"
#include "papers/json_attempts.hpp"
#include "papers/routes.hpp"
#include "papers/service_attempts.hpp"
#include "platform/http/json_response.hpp"
#include "platform/http/params.hpp"

namespace anzan::papers {
namespace {
using http::Access;
using http::Context;
using http::Exec;
using http::Legacy;
using http::Method;
using http::Request;
using http::Response;
using http::array_of;
using http::ref;
using json = nlohmann::json;

Result<Response> post_attempt(const Request&, Context&, const std::string& presets_dir);
Result<Response> get_attempts(const Request&, Context&);
Result<Response> get_attempt_count(const Request&, Context&);
Result<Response> get_attempt(const Request&, Context&);
Result<Response> patch_attempt(const Request&, Context&);
Result<Response> put_attempt(const Request&, Context&);
Result<Response> get_attempt_validity(const Request&, Context&);
Result<Response> post_assignment(const Request&, Context&);
Result<Response> get_assignments(const Request&, Context&);
Result<Response> delete_assignment_route(const Request&, Context&);
Result<Response> get_for_me(const Request&, Context&);

}  // namespace

void add_attempt_routes(http::Router& router, const std::string& presets_dir) {
    const auto legacy = Legacy::AlsoWithoutApi;
    auto start = [presets_dir](const Request& r, Context& c) { return post_attempt(r, c, presets_dir); };
    router.add_all("papers", {
        {.method = Method::Post, .path = "/api/papers/attempt", .access = Access::Authenticated,
         .summary = "Start an attempt at a paper (a config and seed, a saved paper or an assignment); "
                    "the server generates its questions. At most 2 per paper",
         .handler = start, .request = ref("PaperAttemptStart"), .response = ref("PaperAttemptDetail"),
         .legacy = legacy, .exec = Exec::Heavy},
        {.method = Method::Get, .path = "/api/papers/attempts", .access = Access::Authenticated,
         .summary = "The caller's attempts, newest first (?limit= 1..100, default 10)", .handler = get_attempts,
         .response = array_of(ref("PaperAttempt")), .legacy = legacy},
        {.method = Method::Get, .path = "/api/papers/attempt/count", .access = Access::Authenticated,
         .summary = "How many attempts the caller made at a paper (?seed=&paper_title=)",
         .handler = get_attempt_count, .response = ref("PaperAttemptCount"), .legacy = legacy},
        {.method = Method::Get, .path = "/api/papers/attempt/{id}", .access = Access::Authenticated,
         .summary = "One of the caller's attempts with its questions (answers only once closed)",
         .handler = get_attempt, .response = ref("PaperAttemptDetail"), .legacy = legacy},
        {.method = Method::Patch, .path = "/api/papers/attempt/{id}", .access = Access::Authenticated,
         .summary = "Autosave the answers of an open attempt", .handler = patch_attempt,
         .request = ref("PaperAttemptAnswers"), .response = ref("PaperAttemptAutosave"), .legacy = legacy},
        {.method = Method::Put, .path = "/api/papers/attempt/{id}", .access = Access::Authenticated,
         .summary = "Submit an attempt: graded here, points credited once; a repeat returns the stored result",
         .handler = put_attempt, .request = ref("PaperAttemptSubmit"), .response = ref("PaperAttemptResult"),
         .legacy = legacy},
        {.method = Method::Get, .path = "/api/papers/attempt/{id}/validate", .access = Access::Authenticated,
         .summary = "Whether an attempt can still be continued", .handler = get_attempt_validity,
         .response = ref("PaperAttemptValidity"), .legacy = legacy},
        {.method = Method::Post, .path = "/api/papers/{id}/assignments", .access = Access::Teacher,
         .summary = "Assign a saved paper to a branch (and optionally one level); teachers: their own branches",
         .handler = post_assignment, .request = ref("NewPaperAssignment"), .response = ref("PaperAssignment"),
         .status = 201},
        {.method = Method::Get, .path = "/api/papers/assignments", .access = Access::Teacher,
         .summary = "Paper assignments: an admin's all, a teacher's those of their branches",
         .handler = get_assignments, .response = array_of(ref("PaperAssignment"))},
        {.method = Method::Delete, .path = "/api/papers/assignments/{id}", .access = Access::Teacher,
         .summary = "Remove a paper assignment (teachers: of their own branches)", .handler = delete_assignment_route,
         .response = ref("Message")},
        {.method = Method::Get, .path = "/api/papers/for-me", .access = Access::Authenticated,
         .summary = "The papers assigned to the calling student (staff: none)", .handler = get_for_me,
         .response = array_of(ref("AssignedPaper"))},
    });
}

namespace {

AttemptClock clock_of(const Context& ctx) { return {ctx.now_utc(), ctx.config().academy_timezone}; }

Response detail_response(const AttemptView& view) {
    return http::json_response(attempt_detail_json(view.attempt, view.total_points, view.grade));
}

// The legacy history's limit: 1..100, default 10.
Result<int> attempts_limit(const Request& req) {
    const auto limit = TRY(http::query_integer(req, "limit")).value_or(10);
    if (limit < 1 || limit > 100) return Error::invalid("limit must be between 1 and 100");
    return static_cast<int>(limit);
}

// A seed in a query: a whole number of at most 18 digits (legacy seeds may be any BIGINT).
Result<std::int64_t> query_seed(const Request& req) {
    const std::string text = req.query_or("seed", "");
    const std::size_t digits_from = !text.empty() && text.front() == '-' ? 1 : 0;
    const bool is_number = text.size() > digits_from && text.size() - digits_from <= 18 &&
                           text.find_first_not_of("0123456789", digits_from) == std::string::npos;
    if (!is_number) return Error::invalid("seed is required: the paper's seed, a whole number");
    return static_cast<std::int64_t>(std::stoll(text));
}

Result<Response> post_attempt(const Request& req, Context& ctx, const std::string& presets_dir) {
    const AttemptStart start = TRY(parse_attempt_start(TRY(http::parse_json_object(req))));
    return detail_response(TRY(start_attempt(ctx.db(), presets_dir, ctx.user(), start, clock_of(ctx))));
}

Result<Response> get_attempts(const Request& req, Context& ctx) {
    const int limit = TRY(attempts_limit(req));
    json rows = json::array();
    for (const auto& attempt : TRY(list_own_attempts(ctx.db(), ctx.user().id, limit, ctx.now_utc())))
        rows.push_back(attempt_json(attempt));
    return http::json_response(rows);
}

Result<Response> get_attempt_count(const Request& req, Context& ctx) {
    const std::string title = req.query_or("paper_title", "");
    if (title.empty()) return Error::invalid("paper_title is required");
    const std::int64_t seed = TRY(query_seed(req));
    const long long count = TRY(count_own_attempts(ctx.db(), ctx.user().id, title, seed));
    return http::json_response(
        {{"count", count}, {"can_reattempt", count < kMaxAttemptsPerPaper}, {"max_attempts", kMaxAttemptsPerPaper}});
}

Result<Response> get_attempt(const Request& req, Context& ctx) {
    const long long id = TRY(http::path_id(req, "id"));
    return detail_response(TRY(read_attempt(ctx.db(), ctx.user().id, id, ctx.now_utc())));
}

Result<Response> patch_attempt(const Request& req, Context& ctx) {
    const long long id = TRY(http::path_id(req, "id"));
    const AnswerEntries answers = TRY(parse_autosave(TRY(http::parse_json_object(req))));
    const AutosaveResult saved = TRY(autosave_attempt(ctx.db(), ctx.user().id, id, answers, ctx.now_utc()));
    return http::json_response({{"id", saved.id},
                                {"saved_at", format_iso(saved.saved_at)},
                                {"expires_at", format_iso(saved.expires_at)},
                                {"answered", saved.answered}});
}

Result<Response> put_attempt(const Request& req, Context& ctx) {
    const long long id = TRY(http::path_id(req, "id"));
    const AttemptSubmit submit = TRY(parse_attempt_submit(TRY(http::parse_json_object(req))));
    const AttemptView view = TRY(submit_attempt(ctx.db(), ctx.user().id, id, submit, clock_of(ctx)));
    return http::json_response(attempt_result_json(view.attempt, view.total_points));
}

Result<Response> get_attempt_validity(const Request& req, Context& ctx) {
    // Legacy: always 200; an id that cannot exist is simply not found.
    const auto id = http::path_id(req, "id");
    const AttemptValidity validity =
        id ? TRY(validate_attempt(ctx.db(), ctx.user().id, *id, ctx.now_utc())) : AttemptValidity{false, "not_found", {}};
    return http::json_response({{"valid", validity.valid},
                                {"reason", validity.reason ? json(*validity.reason) : json()},
                                {"expires_at", validity.expires_at ? json(format_iso(*validity.expires_at)) : json()}});
}

Result<Response> post_assignment(const Request& req, Context& ctx) {
    const long long paper_id = TRY(http::path_id(req, "id"));
    const NewAssignment assignment = TRY(parse_new_assignment(TRY(http::parse_json_object(req))));
    const PaperAssignment created = TRY(assign_paper(ctx.db(), ctx.user(), paper_id, assignment, ctx.now_utc()));
    return http::json_response(assignment_json(created), 201);
}

Result<Response> get_assignments(const Request&, Context& ctx) {
    json rows = json::array();
    for (const auto& assignment : TRY(list_assignments_for(ctx.db(), ctx.user())))
        rows.push_back(assignment_json(assignment));
    return http::json_response(rows);
}

Result<Response> delete_assignment_route(const Request& req, Context& ctx) {
    TRY(remove_assignment(ctx.db(), ctx.user(), TRY(http::path_id(req, "id"))));
    return http::json_response({{"message", "Assignment removed"}});
}

Result<Response> get_for_me(const Request&, Context& ctx) {
    json rows = json::array();
    for (const auto& item : TRY(assignments_for_me(ctx.db(), ctx.user())))
        rows.push_back(assignment_for_student_json(item));
    return http::json_response(rows);
}

}  // namespace
}  // namespace anzan::papers
