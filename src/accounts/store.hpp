// Every SQL statement of the accounts area. Functions take the session or transaction first and
// return our structs; they hold no policy (who may see or change a user is decided by the caller).
#pragma once
#include <optional>
#include <vector>

#include <soci/soci.h>

#include "accounts/types.hpp"
#include "platform/db/database.hpp"
#include "platform/result.hpp"

namespace anzan::accounts::store {

// By id, on the connection's prepared statements (they run on every authenticated request).
Result<std::optional<User>> find_user(db::Session& session, long long user_id);
Result<std::optional<Credentials>> find_credentials(db::Session& session, long long user_id);
Result<std::optional<Credentials>> find_credentials_by_email(soci::session& sql, const std::string& email);
Result<std::optional<long long>> find_id_by_google_id(soci::session& sql, const std::string& google_id);
// role/q filters are optional; ordered by id.
Result<std::vector<User>> list_users(soci::session& sql, std::optional<Role> role, const std::string& search);

// Inserts the user and, like the legacy system, a leaderboard row; students also get a
// student_profiles row with a fresh internal_uuid. Conflict when the e-mail is taken.
Result<long long> insert_user(soci::session& sql, const NewUser& user, const std::string& now);
Result<void> update_user(soci::session& sql, long long user_id, const UserChanges& changes, const std::string& now);
Result<void> set_password_hash(soci::session& sql, long long user_id, const std::string& hash, const std::string& now);
// Revokes every token issued to the user so far.
Result<void> bump_token_version(soci::session& sql, long long user_id);
Result<void> update_google_profile(soci::session& sql, long long user_id, const std::string& name,
                                   const std::string& avatar_url, bool email_verified, const std::string& now);
Result<long long> count_admins(soci::session& sql);

}  // namespace anzan::accounts::store
