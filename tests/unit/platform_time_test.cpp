// The hand-rolled instant formatting and parsing agree with the date library's stream versions.
#include <gtest/gtest.h>

#include <date/date.h>

#include <random>
#include <sstream>

#include "platform/time.hpp"

namespace anzan {
namespace {

TEST(PlatformTime, FormatsAndParsesLikeTheDateLibrary) {
    std::mt19937_64 rng(42);
    // 1900-01-01 .. 2200-01-01, whole seconds.
    std::uniform_int_distribution<long long> seconds(-2208988800LL, 7258118400LL);
    for (int i = 0; i < 20000; ++i) {
        const Instant t{std::chrono::seconds(seconds(rng))};
        const std::string utc = format_utc(t);
        ASSERT_EQ(utc, date::format("%Y-%m-%d %H:%M:%S", t));
        ASSERT_EQ(format_iso(t), date::format("%Y-%m-%dT%H:%M:%S+00:00", t));
        ASSERT_EQ(parse_utc(utc), t) << utc;
        ASSERT_EQ(storage_to_iso(utc), format_iso(t));
    }
}

TEST(PlatformTime, ParsesTheStoredVariants) {
    const auto t = parse_utc("2026-12-03 10:11:12");
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(parse_utc("2026-12-03T10:11:12"), t);
    EXPECT_EQ(parse_utc("2026-12-03 10:11:12.123456"), t);
    EXPECT_EQ(parse_utc("2026-12-03T10:11:12Z"), t);
    EXPECT_EQ(storage_to_iso("2026-12-03 10:11:12.5"), "2026-12-03T10:11:12+00:00");
}

TEST(PlatformTime, RefusesWhatIsNotAnInstant) {
    for (const char* bad : {"", "2026-12-03", "2026-13-01 00:00:00", "2026-02-30 00:00:00", "2026-12-03 24:00:00",
                            "2026-12-03 10:60:00", "2026/12/03 10:11:12", "20x6-12-03 10:11:12", "not a date at all!"})
        EXPECT_FALSE(parse_utc(bad).has_value()) << bad;
    EXPECT_EQ(storage_to_iso("garbage"), "garbage");
    EXPECT_EQ(storage_to_iso(""), "");
}

}  // namespace
}  // namespace anzan
