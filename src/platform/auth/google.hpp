// Google ID-token verification for "Sign in with Google": RS256 signature against Google's JWKS,
// `aud` = our client id, `iss` = accounts.google.com, `exp`, and `email_verified`. The JWKS URL is
// configurable (`https://…`, `http://…` or `file:///…`) so tests sign with keys they generate.
// Keys are cached for an hour. Thread-safe.
#pragma once
#include <memory>
#include <string>

#include "platform/result.hpp"
#include "platform/time.hpp"

namespace anzan::auth {

struct GoogleIdentity {
    std::string google_id;  // `sub`
    std::string email;
    bool email_verified = false;
    std::string name;
    std::string picture;
};

class GoogleVerifier {
public:
    GoogleVerifier(std::string client_id, std::string jwks_url);
    ~GoogleVerifier();
    // Unauthenticated with a reason for a bad token; Unavailable when the keys cannot be fetched.
    Result<GoogleIdentity> verify(const std::string& id_token, Instant now);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace anzan::auth
