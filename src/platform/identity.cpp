#include "platform/identity.hpp"

namespace anzan {

std::string_view role_name(Role role) {
    switch (role) {
        case Role::Student: return "student";
        case Role::Teacher: return "teacher";
        case Role::Admin: return "admin";
    }
    return "student";
}

std::optional<Role> parse_role(std::string_view text) {
    if (text == "student") return Role::Student;
    if (text == "teacher") return Role::Teacher;
    if (text == "admin") return Role::Admin;
    return std::nullopt;
}

}  // namespace anzan
