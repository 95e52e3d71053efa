#include "platform/auth/google.hpp"

#include "platform/auth/tokens.hpp"

#include <httplib.h>
#include <jwt/jwt.hpp>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <spdlog/spdlog.h>

#include <fstream>
#include <map>
#include <mutex>
#include <sstream>

namespace anzan::auth {
namespace {

// JWK (base64url modulus and exponent) → PEM public key, which cpp-jwt takes for RS256.
std::optional<std::string> jwk_to_pem(const std::string& n_b64, const std::string& e_b64) {
    // The same table-indexing decoder as for tokens: only base64url text may reach it.
    if (n_b64.empty() || e_b64.empty() || !is_compact_jwt_text(n_b64 + ".." + e_b64)) return std::nullopt;
    const std::string n = jwt::base64_uri_decode(n_b64.data(), n_b64.size());
    const std::string e = jwt::base64_uri_decode(e_b64.data(), e_b64.size());
    BIGNUM* bn_n = BN_bin2bn(reinterpret_cast<const unsigned char*>(n.data()), static_cast<int>(n.size()), nullptr);
    BIGNUM* bn_e = BN_bin2bn(reinterpret_cast<const unsigned char*>(e.data()), static_cast<int>(e.size()), nullptr);
    OSSL_PARAM_BLD* builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, bn_n);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, bn_e);
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY* key = nullptr;
    std::optional<std::string> pem;
    if (ctx && EVP_PKEY_fromdata_init(ctx) > 0 && EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params) > 0) {
        BIO* bio = BIO_new(BIO_s_mem());
        if (PEM_write_bio_PUBKEY(bio, key) > 0) {
            char* data = nullptr;
            const long size = BIO_get_mem_data(bio, &data);
            pem = std::string(data, static_cast<size_t>(size));
        }
        BIO_free(bio);
    }
    EVP_PKEY_free(key);
    EVP_PKEY_CTX_free(ctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(bn_n);
    BN_free(bn_e);
    return pem;
}

Result<std::string> fetch(const std::string& url) {
    if (url.rfind("file://", 0) == 0) {
        std::ifstream in(url.substr(7));
        if (!in) return Error::unavailable("Google sign-in keys are not readable");
        std::stringstream buffer;
        buffer << in.rdbuf();
        return buffer.str();
    }
    const auto scheme_end = url.find("://");
    const auto path_start = url.find('/', scheme_end == std::string::npos ? 0 : scheme_end + 3);
    if (scheme_end == std::string::npos || path_start == std::string::npos)
        return Error::unavailable("GOOGLE_JWKS_URL is not a valid URL");
    httplib::Client client(url.substr(0, path_start));
    client.set_connection_timeout(5);
    client.set_read_timeout(5);
    auto response = client.Get(url.substr(path_start));
    if (!response || response->status != 200)
        return Error::unavailable("Unable to reach Google to verify the sign-in; please try again");
    return response->body;
}

}  // namespace

struct GoogleVerifier::Impl {
    std::string client_id;
    std::string jwks_url;
    std::mutex mutex;  // guards keys and fetched_at
    std::map<std::string, std::string> keys;  // kid → PEM
    std::chrono::steady_clock::time_point fetched_at{};

    Result<std::string> key_for(const std::string& kid) {
        std::lock_guard lock(mutex);
        const bool stale = std::chrono::steady_clock::now() - fetched_at > std::chrono::hours(1);
        if (stale || !keys.count(kid)) {
            const std::string body = TRY(fetch(jwks_url));
            const auto json = nlohmann::json::parse(body, nullptr, false);
            if (!json.is_object() || !json.contains("keys")) return Error::unavailable("Google sign-in keys are malformed");
            keys.clear();
            for (const auto& key : json["keys"]) {
                if (key.value("kty", "") != "RSA") continue;
                if (auto pem = jwk_to_pem(key.value("n", ""), key.value("e", ""))) keys[key.value("kid", "")] = *pem;
            }
            fetched_at = std::chrono::steady_clock::now();
        }
        const auto it = keys.find(kid);
        if (it == keys.end()) return Error::unauthenticated("Invalid token. Please log in again.");
        return it->second;
    }
};

GoogleVerifier::GoogleVerifier(std::string client_id, std::string jwks_url) : impl_(std::make_unique<Impl>()) {
    impl_->client_id = std::move(client_id);
    impl_->jwks_url = std::move(jwks_url);
}

GoogleVerifier::~GoogleVerifier() = default;

Result<GoogleIdentity> GoogleVerifier::verify(const std::string& id_token, Instant now) {
    const Error invalid = Error::unauthenticated("Invalid token. Please log in again.");
    if (id_token.size() > 8192 || !jwt_segments_are_shallow(id_token)) return invalid;
    std::error_code ec;
    // Read the header unverified only to pick the key; the algorithm is pinned to RS256 below.
    auto unverified = jwt::decode(id_token, jwt::params::algorithms({"RS256"}), ec, jwt::params::verify(false));
    if (ec || unverified.header().algo() != jwt::algorithm::RS256) return invalid;
    const std::string kid = unverified.header().create_json_obj().value("kid", "");
    const std::string pem = TRY(impl_->key_for(kid));
    auto decoded = jwt::decode(id_token, jwt::params::algorithms({"RS256"}), ec, jwt::params::secret(pem),
                               jwt::params::verify(true));
    if (ec) {
        if (ec == jwt::VerificationErrc::TokenExpired) return Error::unauthenticated("Token has expired. Please log in again.");
        return invalid;
    }
    const auto payload = decoded.payload().create_json_obj();
    const std::string iss = payload.value("iss", "");
    if (iss != "accounts.google.com" && iss != "https://accounts.google.com")
        return Error::unauthenticated("Invalid Google token: Wrong issuer.");
    const auto aud = payload.find("aud");
    const bool aud_ok = aud != payload.end() &&
                        ((aud->is_string() && *aud == impl_->client_id) ||
                         (aud->is_array() && std::find(aud->begin(), aud->end(), impl_->client_id) != aud->end()));
    if (!aud_ok) return Error::unauthenticated("Invalid Google token: wrong audience.");
    if (!payload.contains("exp") || !payload["exp"].is_number() ||
        payload["exp"].get<long long>() <= now.time_since_epoch().count())
        return Error::unauthenticated("Token has expired. Please log in again.");
    GoogleIdentity identity;
    identity.google_id = payload.value("sub", "");
    identity.email = payload.value("email", "");
    if (identity.google_id.empty() || identity.email.empty())
        return Error::unauthenticated("Invalid Google token: Missing required token fields.");
    const auto verified = payload.find("email_verified");
    identity.email_verified = verified != payload.end() &&
                              ((verified->is_boolean() && verified->get<bool>()) ||
                               (verified->is_string() && *verified == "true"));
    identity.name = payload.value("name", identity.email.substr(0, identity.email.find('@')));
    identity.picture = payload.value("picture", "");
    return identity;
}

}  // namespace anzan::auth
