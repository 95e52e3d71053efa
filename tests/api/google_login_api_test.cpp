// Google sign-in at the legacy POST /api/users/login {credential}, against keys this test generates
// and publishes as a JWKS file: signature, audience, issuer, expiry and email_verified are checked.
#include <gtest/gtest.h>
#include <jwt/jwt.hpp>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cstdio>
#include <fstream>

#include "harness.hpp"

namespace anzan::test {
namespace {
using json = nlohmann::json;

constexpr const char* kClientId = "test-client.apps.googleusercontent.com";

struct RsaKey {
    std::string private_pem;
    std::string n_b64, e_b64;
};

std::string b64url(const std::string& bytes) {
    std::string text = jwt::base64_encode(bytes.data(), bytes.size());
    text.resize(jwt::base64_uri_encode(text.data(), text.size()));
    return text;
}

std::string bignum_bytes(EVP_PKEY* key, const char* name) {
    BIGNUM* bn = nullptr;
    EVP_PKEY_get_bn_param(key, name, &bn);
    std::string out(static_cast<size_t>(BN_num_bytes(bn)), '\0');
    BN_bn2bin(bn, reinterpret_cast<unsigned char*>(out.data()));
    BN_free(bn);
    return out;
}

RsaKey make_key() {
    EVP_PKEY* key = EVP_RSA_gen(2048);
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    RsaKey out{std::string(data, static_cast<size_t>(size)), b64url(bignum_bytes(key, OSSL_PKEY_PARAM_RSA_N)),
               b64url(bignum_bytes(key, OSSL_PKEY_PARAM_RSA_E))};
    BIO_free(bio);
    EVP_PKEY_free(key);
    return out;
}

std::string sign(const RsaKey& key, json claims, const std::string& kid = "test-kid") {
    jwt::jwt_object object{jwt::params::algorithm("RS256"), jwt::params::secret(key.private_pem),
                           jwt::params::headers({{"kid", kid}})};
    for (auto& [name, value] : claims.items()) {
        if (value.is_string()) object.add_claim(name, value.get<std::string>());
        else if (value.is_boolean()) object.add_claim(name, value.get<bool>());
        else object.add_claim(name, value.get<long long>());
    }
    return object.signature();
}

json google_claims(const std::string& email, bool verified, const std::string& sub) {
    const long long now = std::chrono::duration_cast<std::chrono::seconds>(
                              std::chrono::system_clock::now().time_since_epoch()).count();
    return {{"iss", "https://accounts.google.com"}, {"aud", kClientId}, {"sub", sub}, {"email", email},
            {"email_verified", verified}, {"name", "Google User"}, {"iat", now}, {"exp", now + 600}};
}

class GoogleLogin : public ::testing::Test {
protected:
    static inline RsaKey key = make_key();
    static inline RsaKey other_key = make_key();
    std::string jwks_path = [] {
        const std::string path = ::testing::TempDir() + "/anzan-jwks-" + std::to_string(getpid()) + ".json";
        std::ofstream(path) << json{{"keys", json::array({{{"kty", "RSA"}, {"kid", "test-kid"}, {"alg", "RS256"},
                                                           {"n", key.n_b64}, {"e", key.e_b64}}})}}.dump();
        return path;
    }();
    TestServer server{ServerOptions{true, {{"GOOGLE_CLIENT_ID", kClientId}, {"GOOGLE_JWKS_FILE", jwks_path},
                                           {"ADMIN_EMAILS", "Owner@Academy.in, unverified@academy.in"}}}};
    httplib::Client http = server.client();

    void TearDown() override { std::remove(jwks_path.c_str()); }

    httplib::Result login(const std::string& credential) {
        return http.Post("/api/users/login", json{{"credential", credential}}.dump(), "application/json");
    }
};

TEST_F(GoogleLogin, ConfigAnnouncesTheClientId) {
    EXPECT_EQ(body_json(http.Get("/api/auth/config"))["google_client_id"], kClientId);
}

TEST_F(GoogleLogin, ANewUserBecomesAStudentWithProfileAndLeaderboardRows) {
    auto res = login(sign(key, google_claims("kid@example.com", true, "g-1")));
    ASSERT_EQ(res->status, 200) << res->body;
    const json body = body_json(res);
    EXPECT_EQ(body["token_type"], "bearer");
    EXPECT_EQ(body["user"]["role"], "student");
    EXPECT_EQ(body["user"]["email"], "kid@example.com");
    // The same Google account signs in again as the same user, also on the legacy path.
    auto again = http.Post("/users/login", json{{"credential", sign(key, google_claims("kid@example.com", true, "g-1"))}}.dump(),
                           "application/json");
    ASSERT_EQ(again->status, 200);
    EXPECT_EQ(body_json(again)["user"]["id"], body["user"]["id"]);
    EXPECT_EQ(http.Get("/api/users/me", bearer(body["access_token"]))->status, 200);
}

TEST_F(GoogleLogin, AdminEmailsPromoteOnlyVerifiedAddresses) {
    auto owner = login(sign(key, google_claims("owner@academy.in", true, "g-2")));
    ASSERT_EQ(owner->status, 200) << owner->body;
    EXPECT_EQ(body_json(owner)["user"]["role"], "admin");
    auto unverified = login(sign(key, google_claims("unverified@academy.in", false, "g-3")));
    ASSERT_EQ(unverified->status, 200);
    EXPECT_EQ(body_json(unverified)["user"]["role"], "student");
}

TEST_F(GoogleLogin, BadTokensAre401) {
    json wrong_aud = google_claims("a@example.com", true, "g-4");
    wrong_aud["aud"] = "someone-else";
    json wrong_iss = google_claims("a@example.com", true, "g-4");
    wrong_iss["iss"] = "https://evil.example.com";
    json expired = google_claims("a@example.com", true, "g-4");
    expired["exp"] = expired["iat"].get<long long>() - 10;
    json no_email = google_claims("a@example.com", true, "g-4");
    no_email.erase("email");
    for (const std::string& token : {sign(key, wrong_aud), sign(key, wrong_iss), sign(key, expired), sign(key, no_email),
                                     sign(other_key, google_claims("a@example.com", true, "g-4")),
                                     sign(key, google_claims("a@example.com", true, "g-4"), "unknown-kid"),
                                     std::string("not.a.jwt")}) {
        auto res = login(token);
        ASSERT_TRUE(res);
        EXPECT_EQ(res->status, 401) << res->body;
    }
    EXPECT_EQ(http.Post("/api/users/login", "{}", "application/json")->status, 422);
}

TEST_F(GoogleLogin, AGoogleAccountCannotTakeOverAPasswordAccount) {
    auto res = login(sign(key, google_claims("admin@anzan.demo", true, "g-5")));
    EXPECT_EQ(res->status, 409);
}

}  // namespace
}  // namespace anzan::test
