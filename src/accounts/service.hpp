// Account operations shared by the HTTP routes and the CLI (so both run the same code): creating
// users, signing in, resolving a bearer token. Each writing call is one transaction.
#pragma once
#include <memory>

#include "accounts/types.hpp"
#include "platform/auth/google.hpp"
#include "platform/config.hpp"
#include "platform/db/database.hpp"

namespace anzan::accounts {

// Long-lived objects the account routes need beyond the per-request Context.
struct AccountServices {
    std::unique_ptr<auth::GoogleVerifier> google;  // null when GOOGLE_CLIENT_ID is unset
};

struct CreateUserInput {
    std::string email;
    std::string name;
    std::string password;  // empty: no local password (Google-only)
    Role role = Role::Student;
    std::optional<std::string> branch;
    std::optional<std::string> course;
};

// A new account in the caller's transaction: the users row, its progress rows (progress) and, for
// students, its profile (academy), like the legacy system. Returns the id; Conflict when the e-mail
// is taken.
Result<long long> add_user(soci::session& sql, const NewUser& user, Instant now);

// Validates, hashes the password and adds the user (add_user) in one transaction.
// Invalid on bad input, Conflict when the e-mail exists.
Result<User> create_user(db::Database& database, const CreateUserInput& input, Instant now);
// Creates the admin or promotes an existing account, setting its password when one is given.
Result<User> create_or_promote_admin(db::Database& database, const std::string& email, const std::string& name,
                                     const std::string& password, Instant now);
Result<User> load_user(db::Database& database, long long user_id);
// Issues an access token for the user's current token version.
Result<std::string> issue_access_token(db::Database& database, const Config& config, long long user_id, Instant now);
// Bearer token → caller. Unauthenticated when forged, expired, revoked or the account is disabled.
Result<AuthUser> authenticate(db::Database& database, const Config& config, const std::string& token,
                                    Instant now);

}  // namespace anzan::accounts
