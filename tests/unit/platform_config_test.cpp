// Config sources and their precedence: .env < environment < flags; typed values with clear errors.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "platform/config.hpp"

namespace anzan {
namespace {

TEST(DotEnv, ParsesCommentsQuotesAndExport) {
    const auto values = parse_dotenv(
        "# a comment\n"
        "DATABASE_URL=sqlite:///./x.db\n"
        "export SECRET_KEY=\"quoted value with # hash\"\n"
        "ADMIN_EMAILS='a@b.co, C@D.co'\n"
        "PORT=9000 # inline comment\n"
        "not a line\n"
        "EMPTY=\n");
    EXPECT_EQ(values.at("DATABASE_URL"), "sqlite:///./x.db");
    EXPECT_EQ(values.at("SECRET_KEY"), "quoted value with # hash");
    EXPECT_EQ(values.at("ADMIN_EMAILS"), "a@b.co, C@D.co");
    EXPECT_EQ(values.at("PORT"), "9000");
    EXPECT_EQ(values.at("EMPTY"), "");
    EXPECT_EQ(values.count("not a line"), 0u);
}

TEST(Config, DefaultsMatchTheLegacySystem) {
    ConfigSources sources;
    const auto config = build_config(sources);
    ASSERT_TRUE(config.has_value());
    EXPECT_EQ(config->database_url, "sqlite:///./abacus_replitt.db");
    EXPECT_EQ(config->port, 8000);
    EXPECT_EQ(config->academy_timezone, "Asia/Kolkata");
    EXPECT_FALSE(config->is_development());
}

TEST(Config, EnvironmentWinsOverDotEnvAndFlagsWinOverBoth) {
    const std::string path = ::testing::TempDir() + "/anzan-config-test.env";
    std::ofstream(path) << "PORT=7000\nACADEMY_NAME=From Dotenv\nHOST=10.0.0.1\n";
    setenv("PORT", "7100", 1);
    auto sources = ConfigSources::load(path);
    unsetenv("PORT");
    EXPECT_EQ(build_config(sources)->port, 7100);
    EXPECT_EQ(build_config(sources)->academy_name, "From Dotenv");
    sources.set("PORT", "7200");
    EXPECT_EQ(build_config(sources)->port, 7200);
    EXPECT_EQ(build_config(sources)->dotenv_path, path);
}

TEST(Config, AdminEmailsAreLowerCasedAndTrimmed) {
    ConfigSources sources;
    sources.set("ADMIN_EMAILS", " Boss@Academy.IN ,, other@x.co ");
    EXPECT_EQ(build_config(sources)->admin_emails, (std::vector<std::string>{"boss@academy.in", "other@x.co"}));
}

TEST(Config, BadValuesAreRejectedWithTheirName) {
    struct Row { const char* key; const char* value; const char* needle; };
    for (const Row& row : {Row{"PORT", "eighty", "PORT"}, Row{"PORT", "70000", "PORT"},
                           Row{"ANZAN_ENV", "prod", "ANZAN_ENV"}, Row{"TOKEN_TTL_HOURS", "0", "TOKEN_TTL_HOURS"},
                           Row{"CORS_ORIGINS", "null", "CORS_ORIGINS"},
                           Row{"CORS_ORIGINS", "https://a.example/path", "CORS_ORIGINS"},
                           Row{"HEAVY_PER_USER", "0", "HEAVY_PER_USER"},
                           Row{"KEEP_ALIVE_SECONDS", "-1", "KEEP_ALIVE_SECONDS"},
                           Row{"LOGIN_WINDOW_MINUTES", "x", "LOGIN_WINDOW_MINUTES"}}) {
        SCOPED_TRACE(row.key);
        ConfigSources sources;
        sources.set(row.key, row.value);
        const auto config = build_config(sources);
        ASSERT_FALSE(config.has_value());
        EXPECT_NE(config.error().detail.find(row.needle), std::string::npos);
    }
}

TEST(Config, SecurityLimitsHaveDefaultsAndCanBeSet) {
    ConfigSources sources;
    auto config = build_config(sources);
    ASSERT_TRUE(config.has_value());
    EXPECT_EQ(config->login_failures_per_account_and_address, 5);
    EXPECT_EQ(config->login_failures_per_account, 50);
    EXPECT_EQ(config->heavy_per_user, 2);
    EXPECT_EQ(config->keep_alive_seconds, 5);
    sources.set("TRUSTED_PROXIES", "10.0.0.0/8, ::1");
    sources.set("LOGIN_FAILURES_PER_ADDRESS", "300");
    sources.set("CORS_ORIGINS", "https://school.example, *");
    config = build_config(sources);
    ASSERT_TRUE(config.has_value()) << config.error().detail;
    EXPECT_EQ(config->trusted_proxies, (std::vector<std::string>{"10.0.0.0/8", "::1"}));
    EXPECT_EQ(config->login_failures_per_address, 300);
}

TEST(Config, ProductionNeedsA32ByteSecret) {
    Config config;
    EXPECT_FALSE(require_secret(config).has_value());
    config.secret_key = std::string(31, 'x');
    EXPECT_FALSE(require_secret(config).has_value());
    config.secret_key = std::string(32, 'x');
    EXPECT_TRUE(require_secret(config).has_value());
}

TEST(Config, DevelopmentGeneratesASecret) {
    Config config;
    config.environment = Environment::Development;
    ASSERT_TRUE(require_secret(config).has_value());
    EXPECT_EQ(config.secret_key.size(), 64u);
}

}  // namespace
}  // namespace anzan
