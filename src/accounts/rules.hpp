// Account rules as pure functions: e-mail normalisation, display names, who becomes admin.
#pragma once
#include <string>
#include <vector>

#include "accounts/types.hpp"
#include "platform/result.hpp"

namespace anzan::accounts {

// Trimmed and lower-cased. Invalid unless it looks like local@domain.tld (no spaces, ≤ 254 bytes).
Result<std::string> normalize_email(const std::string& email);
// Trimmed; Invalid unless 1–50 characters (counted as Unicode code points) with no control characters.
Result<std::string> validate_display_name(const std::string& display_name);
// Trimmed; Invalid unless 1–100 characters.
Result<std::string> validate_name(const std::string& name);
// ADMIN_EMAILS grants admin only to verified addresses; matching is case-insensitive.
bool grants_admin(const std::string& email, bool email_verified, const std::vector<std::string>& admin_emails);
// The academy always keeps an active admin: Conflict when `changes` would demote or disable
// `before`, an active admin, while `active_admins` (before the change) is 1 or fewer.
Result<void> check_keeps_an_admin(const User& before, const UserChanges& changes, long long active_admins);

}  // namespace anzan::accounts
