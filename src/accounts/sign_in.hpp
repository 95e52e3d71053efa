// Signing in with an e-mail and a password: the account lookup, the password check, the failure
// counters of sign_in_rules.hpp and ADMIN_EMAILS promotion, in one place for the route and tests.
// Safe from any thread; costs one argon2 verification (~80 ms): call it on the heavy pool.
#pragma once
#include <string>

#include "accounts/sign_in_rules.hpp"
#include "platform/config.hpp"
#include "platform/db/database.hpp"
#include "platform/result.hpp"
#include "platform/time.hpp"

namespace anzan::accounts {

struct SignInAttempt {
    std::string email;     // normalised (normalize_email)
    std::string password;
    std::string address;   // the client's address
};

// The limits configured for this server.
SignInLimits sign_in_limits(const Config& config);

// RateLimited (with Retry-After) while the account, the address or the pair is locked.
Result<void> check_not_locked(db::Database& database, const SignInAttempt& attempt, Instant now);

// The user id of the account signed in. RateLimited (with Retry-After) while the account, the
// address or the pair is locked, before any password is checked; Unauthenticated "Incorrect
// e-mail or password" for an unknown account or a wrong password, which counts as a failure;
// Forbidden for a disabled account (not counted: the password was right).
Result<long long> sign_in(db::Database& database, const Config& config, const SignInAttempt& attempt, Instant now);

}  // namespace anzan::accounts
