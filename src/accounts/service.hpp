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
// An admin's change to a user: the checks, the change and the user as it now is, read in one
// transaction. NotFound for an unknown id; Conflict when it would leave no active admin. A changed
// role or a disabled account revokes the user's tokens.
Result<User> admin_update_user(db::Database& database, long long user_id, const UserChanges& changes, Instant now);
// Revokes every token of the user (sign-out everywhere).
Result<void> sign_out(db::Database& database, long long user_id);
// Checks the current password (skipped for Google-only accounts, which have none) and the new
// one's strength, then stores its hash and revokes older tokens. The slow hashing happens outside
// the transaction (SQLite has one writer).
Result<void> change_password(db::Database& database, long long user_id, const std::string& current,
                             const std::string& next, Instant now);
// A change the user makes to their own profile (display name), and the user as it now is.
Result<User> update_own_profile(db::Database& database, long long user_id, const UserChanges& changes, Instant now);
// Google sign-in: verifies the ID token, then finds the account by its Google id (refreshing the
// profile) or creates it, as admin when ADMIN_EMAILS grants it (an existing account is promoted).
// Returns the user id. Conflict when a password account already holds the e-mail.
Result<long long> sign_in_with_google(db::Database& database, const Config& config,
                                      auth::GoogleVerifier& google, const std::string& credential, Instant now);
// Issues an access token for the user's current token version.
Result<std::string> issue_access_token(db::Database& database, const Config& config, long long user_id, Instant now);
// Bearer token → caller. Unauthenticated when forged, expired, revoked or the account is disabled.
Result<AuthUser> authenticate(db::Database& database, const Config& config, const std::string& token,
                                    Instant now);

}  // namespace anzan::accounts
