// Passwords (argon2id) and access tokens (HS256 only, expiry, revocation claim).
#include <gtest/gtest.h>
#include <jwt/jwt.hpp>
#include <sodium.h>

#include "platform/auth/passwords.hpp"
#include "platform/auth/tokens.hpp"

namespace anzan::auth {
namespace {

const std::string kSecret = "unit-test-secret-key-of-enough-bytes!";

struct SodiumInit : ::testing::Environment {
    void SetUp() override { ASSERT_GE(sodium_init(), 0); }
};
const auto* const kSodium = ::testing::AddGlobalTestEnvironment(new SodiumInit);

TEST(Passwords, HashVerifiesOnlyTheSamePassword) {
    const auto hash = hash_password("correct horse battery");
    ASSERT_TRUE(hash.has_value());
    EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
    EXPECT_TRUE(verify_password("correct horse battery", *hash));
    EXPECT_FALSE(verify_password("correct horse batterY", *hash));
    EXPECT_FALSE(verify_password("anything", ""));
    EXPECT_FALSE(verify_password("anything", "not-a-hash"));
    EXPECT_NE(*hash, *hash_password("correct horse battery"));  // salted
}

TEST(Passwords, StrengthBounds) {
    EXPECT_FALSE(check_password_strength("1234567").has_value());
    EXPECT_TRUE(check_password_strength("12345678").has_value());
    EXPECT_FALSE(check_password_strength(std::string(257, 'x')).has_value());
}

TokenClaims claims_at(Instant now, long long version = 3) {
    return {42, version, now, now + std::chrono::hours(1)};
}

TEST(Tokens, RoundTrip) {
    const Instant now = Instant(std::chrono::seconds(1'800'000'000));
    const auto verified = verify_token(issue_token(claims_at(now), kSecret), kSecret, now);
    ASSERT_TRUE(verified.has_value());
    EXPECT_EQ(verified->user_id, 42);
    EXPECT_EQ(verified->token_version, 3);
    EXPECT_EQ(verified->expires_at, now + std::chrono::hours(1));
}

TEST(Tokens, ExpiredWrongKeyTamperedAndGarbageAreRefused) {
    const Instant now = Instant(std::chrono::seconds(1'800'000'000));
    const std::string token = issue_token(claims_at(now), kSecret);
    EXPECT_FALSE(verify_token(token, kSecret, now + std::chrono::hours(2)).has_value());
    EXPECT_FALSE(verify_token(token, "another-secret-key-of-enough-bytes!!", now).has_value());
    std::string tampered = token;
    tampered[tampered.find('.') + 3] ^= 1;
    EXPECT_FALSE(verify_token(tampered, kSecret, now).has_value());
    for (const std::string& junk : {std::string(""), std::string("a.b.c"), std::string("..."), std::string(5000, 'a')})
        EXPECT_FALSE(verify_token(junk, kSecret, now).has_value());
}

TEST(Tokens, TokensIssuedByEarlierVersionsStillVerify) {
    // Before 2026-12 tokens were issued by cpp-jwt (its own header text and claim order): people
    // signed in before an upgrade stay signed in.
    const Instant now = Instant(std::chrono::seconds(1'800'000'000));
    jwt::jwt_object older{jwt::params::algorithm("HS256"), jwt::params::secret(kSecret)};
    older.add_claim("sub", "42");
    older.add_claim("iat", 1'799'990'000LL);
    older.add_claim("exp", 1'800'100'000LL);
    older.add_claim("ver", 3LL);
    const auto verified = verify_token(older.signature(), kSecret, now);
    ASSERT_TRUE(verified.has_value()) << verified.error().detail;
    EXPECT_EQ(verified->user_id, 42);
    EXPECT_EQ(verified->token_version, 3);
}

TEST(Tokens, AnExpiredTokenSaysSo) {
    // Expired by our clock, and expired by the wall clock too (cpp-jwt checks that one itself).
    const Instant now = Instant(std::chrono::seconds(1'800'000'000));
    const auto late = verify_token(issue_token(claims_at(now), kSecret), kSecret, now + std::chrono::hours(2));
    ASSERT_FALSE(late.has_value());
    EXPECT_NE(late.error().detail.find("expired"), std::string::npos) << late.error().detail;
    const Instant long_ago = Instant(std::chrono::seconds(1'500'000'000));
    const auto old = verify_token(issue_token(claims_at(long_ago), kSecret), kSecret, now);
    ASSERT_FALSE(old.has_value());
    EXPECT_NE(old.error().detail.find("expired"), std::string::npos) << old.error().detail;
}

TEST(Tokens, DeeplyNestedTokensAreRefusedBeforeParsing) {
    const Instant now = Instant(std::chrono::seconds(1'800'000'000));
    std::string deep = jwt::base64_encode(std::string(3000, '[').data(), 3000);
    deep.resize(jwt::base64_uri_encode(deep.data(), deep.size()));
    EXPECT_FALSE(verify_token("eyJhbGciOiJIUzI1NiJ9." + deep + ".sig", kSecret, now).has_value());
    EXPECT_FALSE(jwt_segments_are_shallow("eyJhbGciOiJIUzI1NiJ9." + deep + ".sig"));
    EXPECT_TRUE(jwt_segments_are_shallow(issue_token(claims_at(now), kSecret)));
}

TEST(Tokens, AlgNoneAndOtherAlgorithmsAreRefused) {
    const Instant now = Instant(std::chrono::seconds(1'800'000'000));
    // {"alg":"none","typ":"JWT"} . {"sub":"42","exp":4102444800,"iat":1,"ver":3} . (empty)
    const std::string none =
        "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiI0MiIsImV4cCI6NDEwMjQ0NDgwMCwiaWF0IjoxLCJ2ZXIiOjN9.";
    EXPECT_FALSE(verify_token(none, kSecret, now).has_value());
    jwt::jwt_object hs512{jwt::params::algorithm("HS512"), jwt::params::secret(kSecret),
                          jwt::params::payload({{"sub", "42"}})};
    hs512.add_claim("exp", std::chrono::system_clock::now() + std::chrono::hours(1));
    hs512.add_claim("iat", std::chrono::system_clock::now());
    EXPECT_FALSE(verify_token(hs512.signature(), kSecret, now).has_value());
}

TEST(Tokens, SubjectMustBeAPositiveDecimal) {
    const Instant now = Instant(std::chrono::seconds(1'800'000'000));
    for (const char* sub : {"abc", "-1", "0", "12x"}) {
        jwt::jwt_object object{jwt::params::algorithm("HS256"), jwt::params::secret(kSecret),
                               jwt::params::payload({{"sub", sub}})};
        object.add_claim("iat", now.time_since_epoch().count());
        object.add_claim("exp", (now + std::chrono::hours(1)).time_since_epoch().count());
        EXPECT_FALSE(verify_token(object.signature(), kSecret, now).has_value()) << sub;
    }
}

}  // namespace
}  // namespace anzan::auth
