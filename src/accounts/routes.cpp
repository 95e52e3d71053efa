#include "accounts/routes.hpp"

#include "accounts/json.hpp"
#include "accounts/rules.hpp"
#include "accounts/sign_in.hpp"
#include "accounts/store.hpp"
#include "platform/auth/passwords.hpp"
#include "platform/http/json_response.hpp"
#include "platform/http/params.hpp"

namespace anzan::accounts {
namespace {
using http::Access;
using http::Context;
using http::Method;
using http::Request;
using http::Response;
using json = nlohmann::json;

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
    const auto identity = TRY(services.google->verify(*credential, ctx.now_utc()));
    const std::string now = format_utc(ctx.now_utc());
    const bool make_admin = grants_admin(identity.email, identity.email_verified, ctx.config().admin_emails);
    auto tx = TRY(ctx.db().begin());
    auto existing = TRY(store::find_id_by_google_id(tx.sql(), identity.google_id));
    long long user_id = 0;
    if (existing) {
        user_id = *existing;
        TRY(store::update_google_profile(tx.sql(), user_id, identity.name, identity.picture, identity.email_verified, now));
    } else {
        const std::string email = TRY(normalize_email(identity.email));
        if (TRY(store::find_credentials_by_email(tx.sql(), email)))
            return Error::conflict("An account with this e-mail already exists: sign in with your password");
        NewUser user{email, identity.name, make_admin ? Role::Admin : Role::Student, std::nullopt,
                     identity.google_id, identity.picture, identity.email_verified, std::nullopt, std::nullopt};
        user_id = TRY(add_user(tx.sql(), user, ctx.now_utc()));
    }
    if (make_admin) {
        UserChanges changes;
        changes.role = Role::Admin;
        TRY(store::update_user(tx.sql(), user_id, changes, now));
    }
    TRY(tx.commit());
    return answer_login(ctx, user_id);
}

Result<Response> post_logout(const Request&, Context& ctx) {
    auto tx = TRY(ctx.db().begin());
    TRY(store::bump_token_version(tx.sql(), ctx.user().id));
    TRY(tx.commit());
    return http::json_response({{"message", "Signed out"}});
}

Result<Response> put_password(const Request& req, Context& ctx) {
    const json body = TRY(http::parse_json_object(req));
    const std::string current = TRY(http::required_string(body, "current_password"));
    const std::string next = TRY(http::required_string(body, "new_password"));
    TRY(auth::check_password_strength(next));
    std::optional<Credentials> credentials;
    {
        auto session = ctx.db().session();
        credentials = TRY(store::find_credentials(session, ctx.user().id));
    }
    if (!credentials) return Error::not_found("User not found");
    if (!credentials->password_hash.empty() && !auth::verify_password(current, credentials->password_hash))
        return Error::bad_request("The current password is incorrect");
    const std::string hash = TRY(auth::hash_password(next));
    auto tx = TRY(ctx.db().begin());
    TRY(store::set_password_hash(tx.sql(), ctx.user().id, hash, format_utc(ctx.now_utc())));
    TRY(tx.commit());
    // Every older token is now revoked; hand this device a fresh one so it stays signed in.
    const std::string token = TRY(issue_access_token(ctx.db(), ctx.config(), ctx.user().id, ctx.now_utc()));
    return http::json_response({{"message", "Password changed"}, {"access_token", token}, {"token_type", "bearer"}});
}

Result<Response> get_me(const Request&, Context& ctx) {
    return http::json_response(user_json(TRY(load_user(ctx.db(), ctx.user().id))));
}

Result<Response> put_display_name(const Request& req, Context& ctx) {
    const json body = TRY(http::parse_json_object(req));
    const std::string raw = TRY(http::required_string(body, "display_name"));
    UserChanges changes;
    changes.display_name = TRY(validate_display_name(raw));
    auto tx = TRY(ctx.db().begin());
    TRY(store::update_user(tx.sql(), ctx.user().id, changes, format_utc(ctx.now_utc())));
    TRY(tx.commit());
    return http::json_response(user_json(TRY(load_user(ctx.db(), ctx.user().id))));
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
    const User before = TRY(load_user(ctx.db(), id));
    const bool loses_admin = before.role == Role::Admin &&
                             ((changes.role && *changes.role != Role::Admin) || (changes.is_active && !*changes.is_active));
    auto tx = TRY(ctx.db().begin());
    if (loses_admin && TRY(store::count_admins(tx.sql())) <= 1)
        return Error::conflict("This is the last active admin: make someone else admin first");
    TRY(store::update_user(tx.sql(), id, changes, format_utc(ctx.now_utc())));
    // A disabled account or a changed role must not keep working through old tokens.
    if (changes.is_active || changes.role) TRY(store::bump_token_version(tx.sql(), id));
    TRY(tx.commit());
    return http::json_response(user_json(TRY(load_user(ctx.db(), id))));
}

}  // namespace

void add_routes(http::Router& router, AccountServices& services) {
    const std::string tag = "accounts";
    router.add({Method::Get, "/api/auth/config", Access::Public, get_auth_config,
                "Academy name and whether Google sign-in is enabled", false, http::Exec::Inline, tag});
    router.add({Method::Post, "/api/auth/login", Access::Public, post_login, "Sign in with e-mail and password",
                false, http::Exec::Heavy, tag, admit_login});
    router.add({Method::Post, "/api/users/login", Access::Public,
                [&services](const Request& r, Context& c) { return post_google_login(r, c, services); },
                "Sign in with a Google ID token ({credential})", true, http::Exec::Worker, tag});
    router.add({Method::Post, "/api/auth/logout", Access::Authenticated, post_logout,
                "Sign out: revokes every token of the caller", false, http::Exec::Worker, tag});
    router.add({Method::Put, "/api/auth/password", Access::Authenticated, put_password,
                "Change the caller's password (revokes older tokens)", false, http::Exec::Heavy, tag});
    router.add({Method::Get, "/api/users/me", Access::Authenticated, get_me, "The signed-in user", true,
                http::Exec::Worker, tag});
    router.add({Method::Put, "/api/users/me/display-name", Access::Authenticated, put_display_name,
                "Set the caller's display name (1-50 characters)", true, http::Exec::Worker, tag});
    router.add({Method::Get, "/api/admin/users", Access::Admin, get_users, "List users (?role=, ?q=)", false,
                http::Exec::Worker, tag});
    router.add({Method::Post, "/api/admin/users", Access::Admin, post_user, "Create a user", false,
                http::Exec::Heavy, tag});
    router.add({Method::Get, "/api/admin/users/{id}", Access::Admin, get_user, "One user", false,
                http::Exec::Worker, tag});
    router.add({Method::Put, "/api/admin/users/{id}", Access::Admin, put_user,
                "Update a user's role, name, display name or active flag", false, http::Exec::Worker, tag});
}

}  // namespace anzan::accounts
