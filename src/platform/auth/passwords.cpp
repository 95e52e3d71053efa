#include "platform/auth/passwords.hpp"

#include <sodium.h>

namespace anzan::auth {
namespace {

// OWASP's argon2id floor (19 MiB, t=2): ~30 ms here, and keeps a burst of logins within memory.
constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = 19 * 1024 * 1024;

}  // namespace

Result<void> check_password_strength(const std::string& password) {
    if (password.size() < 8) return Error::invalid("The password must be at least 8 characters long");
    if (password.size() > 256) return Error::invalid("The password must be at most 256 characters long");
    return {};
}

Result<std::string> hash_password(const std::string& password) {
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), kOpsLimit, kMemLimit) != 0)
        return Error::internal("Could not hash the password (out of memory)");
    return std::string(out);
}

bool verify_password(const std::string& password, const std::string& stored_hash) {
    if (stored_hash.empty() || stored_hash.size() >= crypto_pwhash_STRBYTES) return false;
    return crypto_pwhash_str_verify(stored_hash.c_str(), password.data(), password.size()) == 0;
}

void burn_password_time(const std::string& password) {
    static const std::string kDummy = [] {
        char out[crypto_pwhash_STRBYTES];
        // On failure (out of memory) the dummy is empty and the burn is skipped: harmless.
        if (crypto_pwhash_str(out, "dummy-password", 14, kOpsLimit, kMemLimit) != 0) return std::string();
        return std::string(out);
    }();
    (void)verify_password(password, kDummy);
}

}  // namespace anzan::auth
