#include "accounts/sign_in.hpp"

#include "accounts/rules.hpp"
#include "accounts/store.hpp"
#include "platform/auth/passwords.hpp"

namespace anzan::accounts {
namespace {

long long unix_seconds(Instant now) { return now.time_since_epoch().count(); }

Result<void> check_subjects_unlocked(db::Database& database, const std::vector<FailureSubject>& subjects,
                                     long long now) {
    auto session = database.session();
    const auto counters = TRY(store::read_failure_counters(session.sql(), subjects));
    if (const long long wait = seconds_locked(counters, now); wait > 0)
        return Error::rate_limited("Too many failed sign-ins: try again in " + wait_text(wait), static_cast<int>(wait));
    return {};
}

// Counts the failure under every subject and locks what reached its limit, in one transaction.
Result<void> record_failure(db::Database& database, const std::vector<FailureSubject>& subjects,
                            const SignInLimits& limits, long long now) {
    auto tx = TRY(database.begin());
    for (const auto& subject : subjects) {
        const int failures = TRY(store::count_failure(tx.sql(), subject, now, limits.window_seconds));
        const auto locked_until = lock_after(subject.scope, failures, limits, now);
        TRY(store::set_failure_lock(tx.sql(), subject, locked_until, expires_at(now, locked_until, limits)));
    }
    // Keeps the table to the failures of the last window (see docs/security.md for the bound).
    TRY(store::delete_expired_failures(tx.sql(), now));
    return tx.commit();
}

}  // namespace

SignInLimits sign_in_limits(const Config& config) {
    SignInLimits limits;
    limits.per_account_and_address = config.login_failures_per_account_and_address;
    limits.per_account = config.login_failures_per_account;
    limits.per_address = config.login_failures_per_address;
    limits.window_seconds = static_cast<long long>(config.login_window_minutes) * 60;
    return limits;
}

Result<void> check_not_locked(db::Database& database, const SignInAttempt& attempt, Instant now) {
    return check_subjects_unlocked(database, failure_subjects(attempt.email, attempt.address), unix_seconds(now));
}

Result<long long> sign_in(db::Database& database, const Config& config, const SignInAttempt& attempt, Instant now) {
    const long long now_s = unix_seconds(now);
    const auto subjects = failure_subjects(attempt.email, attempt.address);
    TRY(check_subjects_unlocked(database, subjects, now_s));
    std::optional<Credentials> credentials;
    {
        auto session = database.session();
        credentials = TRY(store::find_credentials_by_email(session.sql(), attempt.email));
    }
    const Error wrong = Error::unauthenticated("Incorrect e-mail or password");
    if (!credentials || credentials->password_hash.empty()) {
        auth::burn_password_time(attempt.password);  // Same cost as a wrong password: no account probing.
        TRY(record_failure(database, subjects, sign_in_limits(config), now_s));
        return wrong;
    }
    if (!auth::verify_password(attempt.password, credentials->password_hash)) {
        TRY(record_failure(database, subjects, sign_in_limits(config), now_s));
        return wrong;
    }
    if (!credentials->is_active) return Error::forbidden("This account is disabled: contact the academy office");
    auto tx = TRY(database.begin());
    TRY(store::delete_failure_counter(tx.sql(), subjects.front()));
    if (credentials->role != Role::Admin &&
        grants_admin(credentials->email, credentials->email_verified, config.admin_emails)) {
        UserChanges changes;
        changes.role = Role::Admin;
        TRY(store::update_user(tx.sql(), credentials->id, changes, format_utc(now)));
    }
    TRY(tx.commit());
    return credentials->id;
}

}  // namespace anzan::accounts
