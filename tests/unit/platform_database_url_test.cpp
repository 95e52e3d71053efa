// DATABASE_URL forms accepted by the legacy system, and the libpq keyword string SOCI needs.
#include <gtest/gtest.h>

#include "platform/db/database_url.hpp"

namespace anzan::db {
namespace {

TEST(DatabaseUrl, SqliteRelativeAndAbsolute) {
    auto relative = parse_database_url("sqlite:///./abacus_replitt.db");
    ASSERT_TRUE(relative.has_value());
    EXPECT_EQ(relative->engine, Engine::Sqlite);
    EXPECT_EQ(relative->sqlite_path, "./abacus_replitt.db");
    auto absolute = parse_database_url("sqlite:////var/lib/anzan/a.db");
    ASSERT_TRUE(absolute.has_value());
    EXPECT_EQ(absolute->sqlite_path, "/var/lib/anzan/a.db");
}

TEST(DatabaseUrl, PostgresBecomesKeywordsWithATimeout) {
    for (const char* scheme : {"postgresql", "postgres"}) {
        SCOPED_TRACE(scheme);
        auto url = parse_database_url(std::string(scheme) + "://anzan:s3cr%40t@db.example.com:6543/academy?sslmode=require");
        ASSERT_TRUE(url.has_value());
        EXPECT_EQ(url->engine, Engine::Postgres);
        EXPECT_EQ(url->pg_host, "db.example.com");
        EXPECT_EQ(url->pg_port, "6543");
        EXPECT_EQ(url->pg_dbname, "academy");
        EXPECT_EQ(url->pg_user, "anzan");
        EXPECT_EQ(url->pg_password, "s3cr@t");
        EXPECT_NE(url->connect_string.find("password='s3cr@t'"), std::string::npos);
        EXPECT_NE(url->connect_string.find("sslmode='require'"), std::string::npos);
        EXPECT_NE(url->connect_string.find("connect_timeout='5'"), std::string::npos);
        EXPECT_EQ(url->redacted.find("s3cr"), std::string::npos);
    }
}

TEST(DatabaseUrl, DefaultsForPortAndQuotesInValues) {
    auto url = parse_database_url("postgresql://o'neil@localhost/db");
    ASSERT_TRUE(url.has_value());
    EXPECT_EQ(url->pg_port, "5432");
    EXPECT_NE(url->connect_string.find("user='o\\'neil'"), std::string::npos);
}

TEST(DatabaseUrl, RejectsOtherForms) {
    for (const char* bad : {"mysql://x/y", "sqlite://relative.db", "sqlite:///", "", "postgresql://host:99999999/db"}) {
        SCOPED_TRACE(bad);
        auto url = parse_database_url(bad);
        ASSERT_FALSE(url.has_value());
        EXPECT_NE(url.error().detail.find("DATABASE_URL"), std::string::npos);
    }
}

}  // namespace
}  // namespace anzan::db
