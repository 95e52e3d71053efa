// Access tokens: HS256 JWTs with `sub` (user id as a decimal string), `iat`, `exp` and `ver` (the
// user's token version: bumping it on logout or password change revokes every older token).
// Only HS256 is accepted; `none` and every other algorithm are refused. Thread-safe.
#pragma once
#include <string>
#include <string_view>

#include "platform/result.hpp"
#include "platform/time.hpp"

namespace anzan::auth {

struct TokenClaims {
    long long user_id = 0;
    long long token_version = 0;
    Instant issued_at{};
    Instant expires_at{};
};

// True when `token` has the characters of a compact JWT: three base64url segments joined by dots.
bool is_compact_jwt_text(std::string_view token);
// True when `token` is compact JWT text whose header and payload decode to JSON nested at most
// `max_depth` deep. Checked before cpp-jwt sees a token: its base64 decoder reads out of bounds on
// other bytes, and it copies JSON values recursively.
bool jwt_segments_are_shallow(const std::string& token, int max_depth = 4);

std::string issue_token(const TokenClaims& claims, const std::string& secret);
// Unauthenticated (with a reason safe to show) for a malformed, forged, expired or non-HS256 token.
Result<TokenClaims> verify_token(const std::string& token, const std::string& secret, Instant now);

}  // namespace anzan::auth
