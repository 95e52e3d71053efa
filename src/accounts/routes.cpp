// The account routes: sign-in (password and Google), sign-out, password and display-name changes,
// and the admin's user list. Handlers parse and answer; the work is in service.cpp.
#include "accounts/routes.hpp"

#include "accounts/json.hpp"
#include "accounts/rules.hpp"
#include "accounts/schemas.hpp"
#include "accounts/sign_in.hpp"
#include "accounts/store.hpp"
#include "platform/http/json_response.hpp"
#include "platform/http/params.hpp"

namespace anzan::accounts {
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

Result<Response> get_auth_config(const Request&, Context&);
Result<void> admit_login(const Request&, Context&);
Result<Response> post_login(const Request&, Context&);
Result<Response> post_google_login(const Request&, Context&, AccountServices&);
Result<Response> post_logout(const Request&, Context&);
Result<Response> put_password(const Request&, Context&);
Result<Response> get_me(const Request&, Context&);
Result<Response> put_display_name(const Request&, Context&);
Result<Response> get_users(const Request&, Context&);
Result<Response> post_user(const Request&, Context&);
Result<Response> get_user(const Request&, Context&);
Result<Response> put_user(const Request&, Context&);

}  // namespace

void add_routes(http::Router& router, AccountServices& services) {
    add_schemas(router);
    auto google_login = [&services](const Request& r, Context& c) { return post_google_login(r, c, services); };
    router.add_all("accounts", {
        {.method = Method::Get, .path = "/api/auth/config", .access = Access::Public,
         .summary = "Academy name and whether Google sign-in is enabled", .handler = get_auth_config,
         .response = ref("AuthConfig"), .exec = Exec::Inline},
        {.method = Method::Post, .path = "/api/auth/login", .access = Access::Public,
         .summary = "Sign in with e-mail and password", .handler = post_login,
         .request = ref("Credentials"), .response = ref("LoginResponse"), .exec = Exec::Heavy, .admit = admit_login},
        {.method = Method::Post, .path = "/api/users/login", .access = Access::Public,
         .summary = "Sign in with a Google ID token ({credential})", .handler = google_login,
         .request = ref("GoogleCredential"), .response = ref("LoginResponse"), .legacy = Legacy::AlsoWithoutApi},
        {.method = Method::Post, .path = "/api/auth/logout", .access = Access::Authenticated,
         .summary = "Sign out: revokes every token of the caller", .handler = post_logout,
         .response = ref("Message")},
        {.method = Method::Put, .path = "/api/auth/password", .access = Access::Authenticated,
         .summary = "Change the caller's password (revokes older tokens)", .handler = put_password,
         .request = ref("PasswordChange"), .response = ref("PasswordChanged"), .exec = Exec::Heavy},
        {.method = Method::Get, .path = "/api/users/me", .access = Access::Authenticated,
         .summary = "The signed-in user", .handler = get_me, .response = ref("User"),
         .legacy = Legacy::AlsoWithoutApi},
        {.method = Method::Put, .path = "/api/users/me/display-name", .access = Access::Authenticated,
         .summary = "Set the caller's display name (1-50 characters)", .handler = put_display_name,
         .request = ref("DisplayNameChange"), .response = ref("User"), .legacy = Legacy::AlsoWithoutApi},
        {.method = Method::Get, .path = "/api/admin/users", .access = Access::Admin,
         .summary = "List users (?role=, ?q=)", .handler = get_users, .response = array_of(ref("User"))},
        {.method = Method::Post, .path = "/api/admin/users", .access = Access::Admin, .summary = "Create a user",
         .handler = post_user, .request = ref("NewUser"), .response = ref("User"), .status = 201,
         .exec = Exec::Heavy},
        {.method = Method::Get, .path = "/api/admin/users/{id}", .access = Access::Admin, .summary = "One user",
         .handler = get_user, .response = ref("User")},
        {.method = Method::Put, .path = "/api/admin/users/{id}", .access = Access::Admin,
         .summary = "Update a user's role, name, display name or active flag", .handler = put_user,
         .request = ref("UserUpdate"), .response = ref("User")},
    });
}

namespace {

Result<Response> get_auth_config(const Request&, Context& ctx) {
    const auto& config = ctx.config();
    return http::json_response({{"academy_name", config.academy_name},
                                {"google_client_id", config.google_client_id.empty() ? json() : json(config.google_client_id)}});
}

Result<Response> answer_login(Context& ctx, long long user_id) {
    const std::string token = TRY(issue_access_token(ctx.db(), ctx.config(), user_id, ctx.now_utc()));
    const User user = TRY(load_user(ctx.db(), user_id));
    return http::json_response(login_json(token, user));
}

Result<SignInAttempt> parse_sign_in(const Request& req) {
    const json body = TRY(http::parse_json_object(req));
    const std::string email_raw = TRY(http::required_string(body, "email"));
    const std::string password = TRY(http::required_string(body, "password"));
    // Checked first: a malformed address is refused without a password check or a counter.
    return SignInAttempt{TRY(normalize_email(email_raw)), password, req.remote_ip};
}

// Before the password check may queue for the heavy pool: one check per account at a time (so
// parallel guesses at one account wait their turn) and none at all while the account is locked.
Result<void> admit_login(const Request& req, Context& ctx) {
    const SignInAttempt attempt = TRY(parse_sign_in(req));
    TRY(ctx.claim_work_slot("sign-in:" + attempt.email));
    return check_not_locked(ctx.db(), attempt, ctx.now_utc());
}

Result<Response> post_login(const Request& req, Context& ctx) {
    const long long user_id = TRY(sign_in(ctx.db(), ctx.config(), TRY(parse_sign_in(req)), ctx.now_utc()));
    return answer_login(ctx, user_id);
}

// Google sign-in at the legacy path: {credential} (or {token}) is a Google ID token.
Result<Response> post_google_login(const Request& req, Context& ctx, AccountServices& services) {
    if (!services.google) return Error::not_found("Google sign-in is not enabled on this server");
    const json body = TRY(http::parse_json_object(req));
    auto credential = TRY(http::optional_string(body, "credential"));
    if (!credential || credential->empty()) credential = TRY(http::optional_string(body, "token"));
    if (!credential || credential->empty()) return Error::invalid("Field 'credential' is required");
    return answer_login(ctx, TRY(sign_in_with_google(ctx.db(), ctx.config(), *services.google, *credential,
                                                     ctx.now_utc())));
}

Result<Response> post_logout(const Request&, Context& ctx) {
    TRY(sign_out(ctx.db(), ctx.user().id));
    return http::json_response({{"message", "Signed out"}});
}

Result<Response> put_password(const Request& req, Context& ctx) {
    const json body = TRY(http::parse_json_object(req));
    const std::string current = TRY(http::required_string(body, "current_password"));
    const std::string next = TRY(http::required_string(body, "new_password"));
    TRY(change_password(ctx.db(), ctx.user().id, current, next, ctx.now_utc()));
    // Every older token is now revoked; hand this device a fresh one so it stays signed in.
    const std::string token = TRY(issue_access_token(ctx.db(), ctx.config(), ctx.user().id, ctx.now_utc()));
    return http::json_response({{"message", "Password changed"}, {"access_token", token}, {"token_type", "bearer"}});
}

Result<Response> get_me(const Request&, Context& ctx) {
    return http::json_response(user_json(TRY(load_user(ctx.db(), ctx.user().id))));
}

Result<Response> put_display_name(const Request& req, Context& ctx) {
    const json body = TRY(http::parse_json_object(req));
    UserChanges changes;
    changes.display_name = TRY(validate_display_name(TRY(http::required_string(body, "display_name"))));
    return http::json_response(user_json(TRY(update_own_profile(ctx.db(), ctx.user().id, changes, ctx.now_utc()))));
}

Result<Response> get_users(const Request& req, Context& ctx) {
    std::optional<Role> role;
    if (const std::string text = req.query_or("role", ""); !text.empty()) {
        role = parse_role(text);
        if (!role) return Error::invalid("role must be student, teacher or admin");
    }
    auto session = ctx.db().session();
    const auto users = TRY(store::list_users(session.sql(), role, req.query_or("q", "")));
    json out = json::array();
    for (const auto& user : users) out.push_back(user_json(user));
    return http::json_response(out);
}

Result<Role> parse_role_field(const json& body) {
    const std::string text = TRY(http::required_string(body, "role"));
    const auto role = parse_role(text);
    if (!role) return Error::invalid("role must be student, teacher or admin");
    return *role;
}

Result<Response> post_user(const Request& req, Context& ctx) {
    const json body = TRY(http::parse_json_object(req));
    CreateUserInput input;
    input.email = TRY(http::required_string(body, "email"));
    input.name = TRY(http::required_string(body, "name"));
    input.password = TRY(http::optional_string(body, "password")).value_or("");
    input.role = body.contains("role") ? TRY(parse_role_field(body)) : Role::Student;
    input.branch = TRY(http::optional_string(body, "branch"));
    input.course = TRY(http::optional_string(body, "course"));
    const User user = TRY(create_user(ctx.db(), input, ctx.now_utc()));
    return http::json_response(user_json(user), 201);
}

Result<Response> get_user(const Request& req, Context& ctx) {
    const long long id = TRY(http::path_id(req, "id"));
    return http::json_response(user_json(TRY(load_user(ctx.db(), id))));
}

Result<Response> put_user(const Request& req, Context& ctx) {
    const long long id = TRY(http::path_id(req, "id"));
    const json body = TRY(http::parse_json_object(req));
    UserChanges changes;
    if (body.contains("role")) changes.role = TRY(parse_role_field(body));
    if (auto name = TRY(http::optional_string(body, "name"))) changes.name = TRY(validate_name(*name));
    if (auto display = TRY(http::optional_string(body, "display_name")))
        changes.display_name = TRY(validate_display_name(*display));
    changes.is_active = TRY(http::optional_bool(body, "is_active"));
    return http::json_response(user_json(TRY(admin_update_user(ctx.db(), id, changes, ctx.now_utc()))));
}

}  // namespace
}  // namespace anzan::accounts
