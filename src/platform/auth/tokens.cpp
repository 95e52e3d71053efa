#include "platform/auth/tokens.hpp"

#include <jwt/jwt.hpp>

#include <cctype>

#include "platform/json_depth.hpp"

namespace anzan::auth {
namespace {

// Reads the header before cpp-jwt does, so only HS256 can reach verification at all.
bool header_is_hs256(const std::string& token) {
    const auto dot = token.find('.');
    if (dot == std::string::npos || dot == 0 || !jwt_segments_are_shallow(token)) return false;
    try {
        const std::string header = jwt::base64_uri_decode(token.data(), dot);
        const auto json = nlohmann::json::parse(header, nullptr, false);
        return json.is_object() && json.value("alg", "") == "HS256";
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace

bool is_compact_jwt_text(std::string_view token) {
    int dots = 0;
    for (const char c : token) {
        if (c == '.') ++dots;
        else if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
    }
    return dots == 2;
}

bool jwt_segments_are_shallow(const std::string& token, int max_depth) {
    // cpp-jwt's base64 decoder indexes a table with each byte unchecked: only base64url reaches it.
    if (!is_compact_jwt_text(token)) return false;
    const auto dot = token.find('.');
    if (dot == std::string::npos) return false;
    const auto second_dot = token.find('.', dot + 1);
    if (second_dot == std::string::npos) return false;
    try {
        const std::string header = jwt::base64_uri_decode(token.data(), dot);
        const std::string payload = jwt::base64_uri_decode(token.data() + dot + 1, second_dot - dot - 1);
        return !json_nests_deeper_than(header, max_depth) && !json_nests_deeper_than(payload, max_depth);
    } catch (const std::exception&) {
        return false;
    }
}

std::string issue_token(const TokenClaims& claims, const std::string& secret) {
    jwt::jwt_object object{jwt::params::algorithm("HS256"), jwt::params::secret(secret)};
    object.add_claim("sub", std::to_string(claims.user_id));
    object.add_claim("iat", static_cast<long long>(claims.issued_at.time_since_epoch().count()));
    object.add_claim("exp", static_cast<long long>(claims.expires_at.time_since_epoch().count()));
    object.add_claim("ver", claims.token_version);
    return object.signature();
}

Result<TokenClaims> verify_token(const std::string& token, const std::string& secret, Instant now) {
    const Error invalid = Error::unauthenticated("Invalid authentication credentials");
    if (token.size() > 4096 || !header_is_hs256(token)) return invalid;
    std::error_code ec;
    auto decoded = jwt::decode(token, jwt::params::algorithms({"HS256"}), ec, jwt::params::secret(secret),
                               jwt::params::verify(true));
    if (ec) {
        if (ec == jwt::VerificationErrc::TokenExpired)
            return Error::unauthenticated("Your session has expired: please sign in again");
        return invalid;
    }
    try {
        const auto& payload = decoded.payload().create_json_obj();
        TokenClaims claims;
        const auto& sub = payload.at("sub");
        if (!sub.is_string()) return invalid;
        size_t used = 0;
        claims.user_id = std::stoll(sub.get<std::string>(), &used);
        if (used != sub.get<std::string>().size() || claims.user_id <= 0) return invalid;
        claims.token_version = payload.value("ver", 0LL);
        claims.issued_at = Instant(std::chrono::seconds(payload.at("iat").get<long long>()));
        claims.expires_at = Instant(std::chrono::seconds(payload.at("exp").get<long long>()));
        if (claims.expires_at <= now) return Error::unauthenticated("Your session has expired: please sign in again");
        return claims;
    } catch (const std::exception&) {
        return invalid;
    }
}

}  // namespace anzan::auth
