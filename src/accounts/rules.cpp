#include "accounts/rules.hpp"

#include <algorithm>
#include <cctype>

namespace anzan::accounts {
namespace {

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

// Counts UTF-8 code points; -1 when the bytes are not valid UTF-8 or hold control characters.
long count_code_points(const std::string& text) {
    long count = 0;
    for (size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        size_t length = byte < 0x80 ? 1 : (byte >> 5) == 6 ? 2 : (byte >> 4) == 14 ? 3 : (byte >> 3) == 30 ? 4 : 0;
        if (length == 0 || i + length > text.size()) return -1;
        for (size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 2) return -1;
        if (length == 1 && (byte < 0x20 || byte == 0x7f)) return -1;
        i += length;
        ++count;
    }
    return count;
}

Result<std::string> validate_text(const std::string& raw, const char* what, long max) {
    const std::string text = trim(raw);
    const long length = count_code_points(text);
    if (length < 0) return Error::invalid(std::string(what) + " contains characters that are not allowed");
    if (length == 0) return Error::invalid(std::string(what) + " must not be empty");
    if (length > max)
        return Error::invalid(std::string(what) + " must be at most " + std::to_string(max) + " characters");
    return text;
}

}  // namespace

Result<std::string> normalize_email(const std::string& raw) {
    std::string email = trim(raw);
    std::transform(email.begin(), email.end(), email.begin(), [](unsigned char c) { return std::tolower(c); });
    const auto at = email.find('@');
    const bool shape_ok = at != std::string::npos && at > 0 && email.find('@', at + 1) == std::string::npos &&
                          email.find('.', at) != std::string::npos && email.back() != '.' &&
                          email.size() <= 254 && email.find_first_of(" \t<>,;\"") == std::string::npos;
    if (!shape_ok) return Error::invalid("Enter a valid e-mail address");
    return email;
}

Result<std::string> validate_display_name(const std::string& display_name) {
    return validate_text(display_name, "The display name", 50);
}

Result<std::string> validate_name(const std::string& name) { return validate_text(name, "The name", 100); }

bool grants_admin(const std::string& email, bool email_verified, const std::vector<std::string>& admin_emails) {
    if (!email_verified) return false;
    std::string lower = email;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return std::find(admin_emails.begin(), admin_emails.end(), lower) != admin_emails.end();
}

Result<void> check_keeps_an_admin(const User& before, const UserChanges& changes, long long active_admins) {
    const bool is_active_admin = before.role == Role::Admin && before.is_active;
    const bool demoted = changes.role && *changes.role != Role::Admin;
    const bool disabled = changes.is_active && !*changes.is_active;
    if (is_active_admin && (demoted || disabled) && active_admins <= 1)
        return Error::conflict("This is the last active admin: make someone else admin first");
    return {};
}

}  // namespace anzan::accounts
