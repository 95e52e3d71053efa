// HS256 tokens with libsodium (base64url, HMAC-SHA-256, constant-time comparison) and nlohmann for
// the JSON. Verification checks the signature over the raw text first, so no JSON from a token we
// did not sign is ever parsed. It runs on every authenticated request: cpp-jwt took about 60,000
// instructions per token here, and its base64 decoder read out of bounds on non-base64 bytes
// (found by tests/fuzz/fuzz_tokens.cpp).
#include "platform/auth/tokens.hpp"

#include <sodium.h>

#include <array>
#include <cctype>
#include <optional>

#include <nlohmann/json.hpp>

#include "platform/json_depth.hpp"

namespace anzan::auth {
namespace {

constexpr std::size_t kMaxTokenBytes = 4096;
constexpr int kBase64Variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
// {"alg":"HS256","typ":"JWT"}, as every JWT library writes it.
constexpr std::string_view kHeader = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";

bool sodium_ready() {
    static const bool kReady = sodium_init() >= 0;
    return kReady;
}

std::optional<std::string> base64url_decode(std::string_view text) {
    std::string out(text.size() * 3 / 4 + 3, '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                          &length, nullptr, kBase64Variant) != 0)
        return std::nullopt;
    out.resize(length);
    return out;
}

std::string base64url_encode(std::string_view bytes) {
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), kBase64Variant), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      kBase64Variant);
    out.resize(out.size() - 1);  // the terminating NUL
    return out;
}

std::array<unsigned char, crypto_auth_hmacsha256_BYTES> hmac_sha256(std::string_view secret, std::string_view text) {
    std::array<unsigned char, crypto_auth_hmacsha256_BYTES> mac{};
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(secret.data()), secret.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    crypto_auth_hmacsha256_final(&state, mac.data());
    return mac;
}

// The three parts of compact JWT text.
struct Parts {
    std::string_view header, payload, signature;
};

std::optional<Parts> split(std::string_view token) {
    if (!is_compact_jwt_text(token)) return std::nullopt;
    const auto first = token.find('.');
    const auto second = token.find('.', first + 1);
    return Parts{token.substr(0, first), token.substr(first + 1, second - first - 1), token.substr(second + 1)};
}

// The header must say HS256: "none" and every other algorithm are refused before anything else.
bool header_is_hs256(std::string_view encoded) {
    if (encoded == kHeader) return true;
    const auto header = base64url_decode(encoded);
    if (!header || json_nests_deeper_than(*header, 4)) return false;
    const auto json = nlohmann::json::parse(*header, nullptr, false);
    if (!json.is_object()) return false;
    const auto alg = json.find("alg");
    return alg != json.end() && alg->is_string() && *alg == "HS256";
}

bool signature_matches(const Parts& parts, std::string_view secret) {
    const auto signature = base64url_decode(parts.signature);
    if (!signature || signature->size() != crypto_auth_hmacsha256_BYTES) return false;
    const std::string_view signed_text(parts.header.data(), parts.header.size() + 1 + parts.payload.size());
    const auto expected = hmac_sha256(secret, signed_text);
    return crypto_verify_32(expected.data(), reinterpret_cast<const unsigned char*>(signature->data())) == 0;
}

std::optional<long long> integer_claim(const nlohmann::json& payload, const char* name) {
    const auto it = payload.find(name);
    if (it == payload.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<long long>();
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
    const auto parts = split(token);
    if (!parts || !sodium_ready()) return false;
    const auto header = base64url_decode(parts->header);
    const auto payload = base64url_decode(parts->payload);
    return header && payload && !json_nests_deeper_than(*header, max_depth) &&
           !json_nests_deeper_than(*payload, max_depth);
}

std::string issue_token(const TokenClaims& claims, const std::string& secret) {
    sodium_ready();
    const nlohmann::json payload = {{"sub", std::to_string(claims.user_id)},
                                    {"iat", static_cast<long long>(claims.issued_at.time_since_epoch().count())},
                                    {"exp", static_cast<long long>(claims.expires_at.time_since_epoch().count())},
                                    {"ver", claims.token_version}};
    std::string token = std::string(kHeader) + "." + base64url_encode(payload.dump());
    const auto mac = hmac_sha256(secret, token);
    return token + "." + base64url_encode(std::string_view(reinterpret_cast<const char*>(mac.data()), mac.size()));
}

Result<TokenClaims> verify_token(const std::string& token, const std::string& secret, Instant now) {
    const Error invalid = Error::unauthenticated("Invalid authentication credentials");
    if (token.size() > kMaxTokenBytes || !sodium_ready()) return invalid;
    const auto parts = split(token);
    if (!parts || !header_is_hs256(parts->header) || !signature_matches(*parts, secret)) return invalid;
    // Signed by us, so its JSON is ours: small and shallow.
    const auto payload_text = base64url_decode(parts->payload);
    if (!payload_text || json_nests_deeper_than(*payload_text, 4)) return invalid;
    const auto payload = nlohmann::json::parse(*payload_text, nullptr, false);
    if (!payload.is_object()) return invalid;
    const auto sub = payload.find("sub");
    if (sub == payload.end() || !sub->is_string()) return invalid;
    const std::string& subject = sub->get_ref<const std::string&>();
    if (subject.empty() || subject.size() > 18 || subject.find_first_not_of("0123456789") != std::string::npos)
        return invalid;
    TokenClaims claims;
    claims.user_id = std::stoll(subject);
    const auto issued = integer_claim(payload, "iat");
    const auto expires = integer_claim(payload, "exp");
    if (claims.user_id <= 0 || !issued || !expires) return invalid;
    claims.token_version = integer_claim(payload, "ver").value_or(0);
    claims.issued_at = Instant(std::chrono::seconds(*issued));
    claims.expires_at = Instant(std::chrono::seconds(*expires));
    if (claims.expires_at <= now) return Error::unauthenticated("Your session has expired: please sign in again");
    return claims;
}

}  // namespace anzan::auth
