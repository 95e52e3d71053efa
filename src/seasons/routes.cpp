// The season routes: the reset, the archived seasons and their standings, and the audit log.
#include "seasons/routes.hpp"

#include "academy/store.hpp"
#include "platform/http/json_response.hpp"
#include "platform/http/params.hpp"
#include "seasons/json.hpp"
#include "seasons/reset.hpp"
#include "seasons/rules.hpp"
#include "seasons/schemas.hpp"
#include "seasons/store.hpp"

namespace anzan::seasons {
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

Result<Response> post_reset(const Request&, Context&);
Result<Response> get_seasons(const Request&, Context&);
Result<Response> get_standings(const Request&, Context&);
Result<Response> get_audit_log(const Request&, Context&);

}  // namespace

void add_routes(http::Router& router) {
    add_schemas(router);
    router.add_all("seasons", {
        {.method = Method::Post, .path = "/api/users/admin/reset-progress", .access = Access::Admin,
         .summary = "Reset progress for a new season (?dry_run=true, ?backup=false, body {branch, course})",
         .handler = post_reset, .request = ref("ResetRequest"), .response = ref("ResetResponse"),
         .legacy = Legacy::AlsoWithoutApi, .exec = Exec::Heavy},
        {.method = Method::Get, .path = "/api/seasons", .access = Access::Authenticated,
         .summary = "Archived seasons, newest first", .handler = get_seasons, .response = array_of(ref("Season"))},
        {.method = Method::Get, .path = "/api/seasons/{id}/standings", .access = Access::Authenticated,
         .summary = "Final standings of a season (students and teachers: their branches)", .handler = get_standings,
         .response = ref("SeasonStandings")},
        {.method = Method::Get, .path = "/api/admin/audit-log", .access = Access::Admin,
         .summary = "Administrative actions, newest first (?limit=, default 50)", .handler = get_audit_log,
         .response = array_of(ref("AuditEntry"))},
    });
}

namespace {

Viewer viewer_of(Role role) {
    switch (role) {
        case Role::Admin: return Viewer::Admin;
        case Role::Teacher: return Viewer::Teacher;
        case Role::Student: return Viewer::Student;
    }
    return Viewer::Student;
}

// Runs on the heavy pool (Exec::Heavy), so the other routes keep answering meanwhile.
Result<Response> post_reset(const Request& req, Context& ctx) {
    const ResetScope scope = TRY(parse_reset_body(TRY(http::parse_json_object(req, /*empty_ok=*/true))));
    const bool dry_run = TRY(http::query_flag(req, "dry_run", false));
    const bool backup = TRY(http::query_flag(req, "backup", true));
    const ResetOptions options{scope, dry_run, backup ? Backup::Yes : Backup::No, Actor{ctx.user().id, ""}};
    auto summary = run_reset(ctx.db(), options, ctx.config().backup_dir, ctx.now_utc());
    // The legacy message shape; the code keeps its status (409 running, 503 backup/busy, 500).
    if (!summary) return Error{summary.error().code, "Failed to reset progress data: " + summary.error().detail};
    Response response;
    response.body = reset_response_json(*summary, dry_run).dump();
    return response;
}

Result<Response> get_seasons(const Request&, Context& ctx) {
    auto session = ctx.db().session();
    const auto seasons = TRY(store::list_seasons(session.sql()));
    const bool admin = ctx.user().role == Role::Admin;
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& season : seasons) rows.push_back(season_json(season, admin));
    return http::json_response(rows);
}

Result<Response> get_standings(const Request& req, Context& ctx) {
    const long long season_id = TRY(http::path_id(req, "id"));
    auto session = ctx.db().session();
    const auto season = TRY(store::find_season(session.sql(), season_id));
    if (!season) return Error::not_found("Season not found");
    const Viewer viewer = viewer_of(ctx.user().role);
    std::optional<std::string> own_branch;
    std::vector<std::string> teacher_branches;
    if (viewer == Viewer::Student) own_branch = TRY(academy::store::student_branch(session.sql(), ctx.user().id));
    if (viewer == Viewer::Teacher) teacher_branches = TRY(academy::store::teacher_branches(session.sql(), ctx.user().id));
    const BranchFilter filter = standings_filter(viewer, own_branch, teacher_branches);
    auto standings = TRY(store::season_standings(session.sql(), season_id));
    std::erase_if(standings, [&](const Standing& s) { return !can_see_branch(filter, s.branch); });
    return http::json_response(standings_json(*season, standings));
}

Result<Response> get_audit_log(const Request& req, Context& ctx) {
    const auto requested = TRY(http::query_integer(req, "limit", " between 1 and 500"));
    auto session = ctx.db().session();
    const auto entries = TRY(store::audit_page(session.sql(), audit_page_size(requested)));
    return http::json_response(audit_json(entries));
}

}  // namespace
}  // namespace anzan::seasons
