// Who a caller is: their role and id. Plain data, used by the router's access rules and by every
// area; no I/O. (Accounts decide roles; the router only reads them.)
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace anzan {

enum class Role { Student, Teacher, Admin };

// "student", "teacher", "admin": the legacy spelling, stored in users.role.
std::string_view role_name(Role role);
std::optional<Role> parse_role(std::string_view text);

// The signed-in caller of a request.
struct AuthUser {
    long long id = 0;
    Role role = Role::Student;
    std::string email;
};

}  // namespace anzan
