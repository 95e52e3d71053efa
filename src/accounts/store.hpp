// Every SQL statement of the accounts area. Functions take the session or transaction first and
// return our structs; they hold no policy (who may see or change a user is decided by the caller).
#pragma once
#include <optional>
#include <vector>

#include <soci/soci.h>

#include "accounts/sign_in_rules.hpp"
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

// Inserts the users row only (accounts::add_user also opens the other areas' rows). Conflict when
// the e-mail is taken.
Result<long long> insert_user(soci::session& sql, const NewUser& user, const std::string& now);
Result<void> update_user(soci::session& sql, long long user_id, const UserChanges& changes, const std::string& now);
Result<void> set_password_hash(soci::session& sql, long long user_id, const std::string& hash, const std::string& now);
// Revokes every token issued to the user so far.
Result<void> bump_token_version(soci::session& sql, long long user_id);
Result<void> update_google_profile(soci::session& sql, long long user_id, const std::string& name,
                                   const std::string& avatar_url, bool email_verified, const std::string& now);
Result<long long> count_admins(soci::session& sql);
Result<long long> count_users(soci::session& sql);

// Failed sign-in counters (store_sign_in.cpp). The caller decides what the counts mean
// (sign_in_rules.hpp) and runs the writes in one transaction.
// The counters that exist among `subjects`.
Result<std::vector<FailureCounter>> read_failure_counters(soci::session& sql,
                                                          const std::vector<FailureSubject>& subjects);
// One more failure at `now`, atomically (concurrent failures are never lost); a counter whose
// expires_at has passed restarts at 1. Returns the new count.
Result<int> count_failure(soci::session& sql, const FailureSubject& subject, long long now, long long window_seconds);
Result<void> set_failure_lock(soci::session& sql, const FailureSubject& subject, std::optional<long long> locked_until,
                              long long expires_at);
Result<void> delete_expired_failures(soci::session& sql, long long now);
Result<void> delete_failure_counter(soci::session& sql, const FailureSubject& subject);

}  // namespace anzan::accounts::store
