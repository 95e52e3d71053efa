#include "accounts/service.hpp"

#include "academy/store.hpp"
#include "accounts/rules.hpp"
#include "accounts/store.hpp"
#include "progress/store.hpp"
#include "platform/auth/passwords.hpp"
#include "platform/auth/tokens.hpp"

#include <spdlog/spdlog.h>

namespace anzan::accounts {

Result<User> load_user(db::Database& database, long long user_id) {
    auto session = database.session();
    auto user = TRY(store::find_user(session, user_id));
    if (!user) return Error::not_found("User not found");
    return *user;
}

Result<User> admin_update_user(db::Database& database, long long user_id, const UserChanges& changes, Instant now) {
    auto tx = TRY(database.begin());
    const auto before = TRY(store::find_user(tx.session(), user_id));
    if (!before) return Error::not_found("User not found");
    TRY(check_keeps_an_admin(*before, changes, TRY(store::count_admins(tx.sql()))));
    TRY(store::update_user(tx.sql(), user_id, changes, format_utc(now)));
    // A disabled account or a changed role must not keep working through old tokens.
    if (changes.is_active || changes.role) TRY(store::bump_token_version(tx.sql(), user_id));
    const auto after = TRY(store::find_user(tx.session(), user_id));
    if (!after) return Error::not_found("User not found");
    TRY(tx.commit());
    return *after;
}

Result<void> sign_out(db::Database& database, long long user_id) {
    auto tx = TRY(database.begin());
    TRY(store::bump_token_version(tx.sql(), user_id));
    return tx.commit();
}

Result<void> change_password(db::Database& database, long long user_id, const std::string& current,
                             const std::string& next, Instant now) {
    TRY(auth::check_password_strength(next));
    std::optional<Credentials> credentials;
    {
        auto session = database.session();
        credentials = TRY(store::find_credentials(session, user_id));
    }
    if (!credentials) return Error::not_found("User not found");
    if (!credentials->password_hash.empty() && !auth::verify_password(current, credentials->password_hash))
        return Error::bad_request("The current password is incorrect");
    const std::string hash = TRY(auth::hash_password(next));
    auto tx = TRY(database.begin());
    TRY(store::set_password_hash(tx.sql(), user_id, hash, format_utc(now)));
    return tx.commit();
}

Result<User> update_own_profile(db::Database& database, long long user_id, const UserChanges& changes, Instant now) {
    auto tx = TRY(database.begin());
    TRY(store::update_user(tx.sql(), user_id, changes, format_utc(now)));
    const auto after = TRY(store::find_user(tx.session(), user_id));
    if (!after) return Error::not_found("User not found");
    TRY(tx.commit());
    return *after;
}

Result<long long> sign_in_with_google(db::Database& database, const Config& config,
                                      auth::GoogleVerifier& google, const std::string& credential, Instant now) {
    const auto identity = TRY(google.verify(credential, now));
    const std::string now_text = format_utc(now);
    const bool make_admin = grants_admin(identity.email, identity.email_verified, config.admin_emails);
    auto tx = TRY(database.begin());
    long long user_id = 0;
    if (const auto existing = TRY(store::find_id_by_google_id(tx.sql(), identity.google_id))) {
        user_id = *existing;
        TRY(store::update_google_profile(tx.sql(), user_id, identity.name, identity.picture, identity.email_verified,
                                         now_text));
        if (make_admin) {
            UserChanges promote;
            promote.role = Role::Admin;
            TRY(store::update_user(tx.sql(), user_id, promote, now_text));
        }
    } else {
        const std::string email = TRY(normalize_email(identity.email));
        if (TRY(store::find_credentials_by_email(tx.sql(), email)))
            return Error::conflict("An account with this e-mail already exists: sign in with your password");
        NewUser user;
        user.email = email;
        user.name = identity.name;
        user.role = make_admin ? Role::Admin : Role::Student;
        user.google_id = identity.google_id;
        user.avatar_url = identity.picture;
        user.email_verified = identity.email_verified;
        user_id = TRY(add_user(tx.sql(), user, now));
    }
    TRY(tx.commit());
    return user_id;
}

Result<long long> add_user(soci::session& sql, const NewUser& user, Instant now) {
    const std::string now_text = format_utc(now);
    const long long id = TRY(store::insert_user(sql, user, now_text));
    TRY(progress::store::open_account(sql, id, now_text));
    if (user.role == Role::Student)
        TRY(academy::store::create_student_profile(sql, {id, user.name, user.branch, user.course}, now_text));
    return id;
}

Result<User> create_user(db::Database& database, const CreateUserInput& input, Instant now) {
    NewUser user;
    user.email = TRY(normalize_email(input.email));
    user.name = TRY(validate_name(input.name));
    user.role = input.role;
    user.branch = input.branch;
    user.course = input.course;
    // Created by an admin or the operator, who vouch for the address.
    user.email_verified = true;
    if (!input.password.empty()) {
        TRY(auth::check_password_strength(input.password));
        user.password_hash = TRY(auth::hash_password(input.password));
    }
    auto tx = TRY(database.begin());
    const long long id = TRY(add_user(tx.sql(), user, now));
    TRY(tx.commit());
    return load_user(database, id);
}

Result<User> create_or_promote_admin(db::Database& database, const std::string& email, const std::string& name,
                                     const std::string& password, Instant now) {
    const std::string normalized = TRY(normalize_email(email));
    std::optional<Credentials> existing;
    {
        auto session = database.session();
        existing = TRY(store::find_credentials_by_email(session.sql(), normalized));
    }
    if (!existing) {
        CreateUserInput input{normalized, name.empty() ? normalized.substr(0, normalized.find('@')) : name, password,
                              Role::Admin, std::nullopt, std::nullopt};
        return create_user(database, input, now);
    }
    std::optional<std::string> hash;
    if (!password.empty()) {
        TRY(auth::check_password_strength(password));
        hash = TRY(auth::hash_password(password));
    }
    auto tx = TRY(database.begin());
    UserChanges changes;
    changes.role = Role::Admin;
    changes.is_active = true;
    TRY(store::update_user(tx.sql(), existing->id, changes, format_utc(now)));
    if (hash) TRY(store::set_password_hash(tx.sql(), existing->id, *hash, format_utc(now)));
    TRY(tx.commit());
    return load_user(database, existing->id);
}

Result<std::string> issue_access_token(db::Database& database, const Config& config, long long user_id, Instant now) {
    auto session = database.session();
    const auto credentials = TRY(store::find_credentials(session, user_id));
    if (!credentials) return Error::not_found("User not found");
    auth::TokenClaims claims;
    claims.user_id = user_id;
    claims.token_version = credentials->token_version;
    claims.issued_at = now;
    claims.expires_at = now + std::chrono::hours(config.token_ttl_hours);
    return auth::issue_token(claims, config.secret_key);
}

namespace {

// The academy day of `now`. It depends only on the clock, so each thread keeps it until the day
// ends instead of converting time zones on every request.
Result<AcademyDay> current_academy_day(const std::string& zone, Instant now) {
    struct Cached {
        std::string zone;
        Instant from{}, until{};
        AcademyDay day;
    };
    thread_local Cached cached;
    if (cached.zone == zone && now >= cached.from && now < cached.until) return cached.day;
    const auto day = TRY(academy_day(now, zone));
    const auto start = parse_utc(day.start_utc);
    // 25 hours after a day starts is always inside the next day (days are 23 to 25 hours long).
    const auto next = TRY(academy_day(start.value_or(now) + std::chrono::hours(25), zone));
    cached = Cached{zone, start.value_or(now), parse_utc(next.start_utc).value_or(now), day};
    return day;
}

// The daily login bonus: once per academy day, on a student's first authenticated request. The
// credit's key (user, day) makes it once across every server; a failure never fails the request.
void grant_daily_login(db::Database& database, long long user_id, const AcademyDay& day, Instant now) {
    const auto granted = [&]() -> Result<void> {
        auto tx = TRY(database.begin());
        const auto rules = TRY(progress::store::load_point_rules(tx.session()));
        TRY(progress::store::credit_daily_login(tx.session(), user_id, rules.daily_login, day.date, format_utc(now)));
        return tx.commit();
    }();
    if (!granted) spdlog::warn("daily login bonus for user {} not given: {}", user_id, granted.error().detail);
}

}  // namespace

Result<AuthUser> authenticate(db::Database& database, const Config& config, const std::string& token,
                                    Instant now) {
    const auto claims = TRY(auth::verify_token(token, config.secret_key, now));
    std::optional<Credentials> credentials;
    {
        auto session = database.session();
        credentials = TRY(store::find_credentials(session, claims.user_id));
    }
    if (!credentials || !credentials->is_active || credentials->token_version != claims.token_version)
        return Error::unauthenticated("Your session is no longer valid: please sign in again");
    if (credentials->role == Role::Student) {
        const auto day = TRY(current_academy_day(config.academy_timezone, now));
        if (credentials->last_login_bonus_at < day.start_utc) grant_daily_login(database, credentials->id, day, now);
    }
    return AuthUser{credentials->id, credentials->role, credentials->email};
}

}  // namespace anzan::accounts
