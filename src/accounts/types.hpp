// Plain structs of the accounts area: a user row as the API shows it, plus what login needs.
#pragma once
#include <optional>
#include <string>

#include "platform/identity.hpp"

namespace anzan::accounts {

struct User {
    long long id = 0;
    std::string email;
    std::string name;
    std::optional<std::string> display_name;
    std::optional<std::string> avatar_url;
    Role role = Role::Student;
    long long total_points = 0;
    long long current_streak = 0;
    long long longest_streak = 0;
    std::string created_at;  // storage text, UTC
    std::optional<std::string> public_id;
    bool is_active = true;
};

// What authentication needs; kept small so the per-request lookup stays one cheap indexed read.
struct Credentials {
    long long id = 0;
    std::string email;
    Role role = Role::Student;
    std::string password_hash;  // empty for Google-only accounts
    long long token_version = 0;
    bool is_active = true;
    bool email_verified = false;
    std::string last_login_bonus_at;  // storage text of the last daily login bonus; empty if never
};

struct NewUser {
    std::string email;  // lower-cased
    std::string name;
    Role role = Role::Student;
    std::optional<std::string> password_hash;
    std::optional<std::string> google_id;
    std::optional<std::string> avatar_url;
    bool email_verified = false;
    std::optional<std::string> branch;  // student profile fields, students only
    std::optional<std::string> course;
};

struct UserChanges {
    std::optional<Role> role;
    std::optional<std::string> name;
    std::optional<std::string> display_name;
    std::optional<bool> is_active;
};

}  // namespace anzan::accounts
