#include "accounts/json.hpp"

#include "platform/time.hpp"

namespace anzan::accounts {

nlohmann::json user_json(const User& user) {
    auto optional = [](const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); };
    return {{"id", user.id},
            {"email", user.email},
            {"name", user.name},
            {"display_name", optional(user.display_name)},
            {"avatar_url", optional(user.avatar_url)},
            {"role", std::string(role_name(user.role))},
            {"total_points", user.total_points},
            {"current_streak", user.current_streak},
            {"longest_streak", user.longest_streak},
            {"created_at", storage_to_iso(user.created_at)},
            {"public_id", optional(user.public_id)},
            {"is_active", user.is_active}};
}

nlohmann::json login_json(const std::string& token, const User& user) {
    return {{"access_token", token}, {"token_type", "bearer"}, {"user", user_json(user)}};
}

}  // namespace anzan::accounts
