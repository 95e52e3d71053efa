// Response shapes of the accounts area, with the legacy field names (UserResponse).
#pragma once
#include <nlohmann/json.hpp>

#include "accounts/types.hpp"

namespace anzan::accounts {

nlohmann::json user_json(const User& user);
// The legacy login answer: {access_token, token_type: "bearer", user}.
nlohmann::json login_json(const std::string& token, const User& user);

}  // namespace anzan::accounts
