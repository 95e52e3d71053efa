// Password hashing with argon2id (libsodium's crypto_pwhash_str). Each call costs tens of
// milliseconds by design: call from a worker thread, never from an I/O thread. Thread-safe.
#pragma once
#include <string>

#include "platform/result.hpp"

namespace anzan::auth {

// Invalid when the password is shorter than 8 or longer than 256 bytes.
Result<void> check_password_strength(const std::string& password);
// The PHC string ("$argon2id$v=19$m=…") to store. Internal if libsodium runs out of memory.
Result<std::string> hash_password(const std::string& password);
// True when `password` matches `stored_hash`; false for any malformed hash.
bool verify_password(const std::string& password, const std::string& stored_hash);
// A dummy verification with the same cost, so unknown accounts take as long as wrong passwords.
void burn_password_time(const std::string& password);

}  // namespace anzan::auth
