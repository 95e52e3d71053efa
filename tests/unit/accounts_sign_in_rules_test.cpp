// Sign-in throttling: what each failure locks, for how long, and when counters may be forgotten.
#include <gtest/gtest.h>

#include "accounts/sign_in_rules.hpp"

namespace anzan::accounts {
namespace {

TEST(SignInLimits, ThePairLockDoublesFromOneMinuteUpToTheWindow) {
    const SignInLimits limits;  // 5 per pair, 50 per account, 100 per address, 15 minutes
    const long long now = 1'000'000;
    EXPECT_EQ(lock_after(FailureScope::AccountAndAddress, 4, limits, now), std::nullopt);
    EXPECT_EQ(lock_after(FailureScope::AccountAndAddress, 5, limits, now), now + 60);
    EXPECT_EQ(lock_after(FailureScope::AccountAndAddress, 6, limits, now), now + 120);
    EXPECT_EQ(lock_after(FailureScope::AccountAndAddress, 8, limits, now), now + 480);
    EXPECT_EQ(lock_after(FailureScope::AccountAndAddress, 9, limits, now), now + 900);
    EXPECT_EQ(lock_after(FailureScope::AccountAndAddress, 1000, limits, now), now + 900);  // no overflow
}

TEST(SignInLimits, AccountAndAddressCeilingsLockForTheWindow) {
    const SignInLimits limits;
    EXPECT_EQ(lock_after(FailureScope::Account, 49, limits, 0), std::nullopt);
    EXPECT_EQ(lock_after(FailureScope::Account, 50, limits, 0), 900);
    EXPECT_EQ(lock_after(FailureScope::Address, 99, limits, 0), std::nullopt);
    EXPECT_EQ(lock_after(FailureScope::Address, 100, limits, 0), 900);
}

TEST(SignInLimits, TheLongestLiveLockDecides) {
    const std::vector<FailureCounter> counters = {
        {FailureScope::AccountAndAddress, "a@b.co 1.2.3.4", 5, 100, 160},
        {FailureScope::Account, "a@b.co", 7, 100, std::nullopt},
        {FailureScope::Address, "1.2.3.4", 100, 100, 1000},
    };
    EXPECT_EQ(seconds_locked(counters, 150), 850);
    EXPECT_EQ(seconds_locked(counters, 1000), 0);
    EXPECT_EQ(seconds_locked({}, 0), 0);
}

TEST(SignInLimits, SubjectsAndExpiry) {
    const auto subjects = failure_subjects("a@b.co", "1.2.3.4");
    ASSERT_EQ(subjects.size(), 3u);
    EXPECT_EQ(subjects[0].scope, FailureScope::AccountAndAddress);
    EXPECT_EQ(subjects[0].subject, "a@b.co 1.2.3.4");
    const SignInLimits limits;
    EXPECT_EQ(expires_at(100, std::nullopt, limits), 1000);
    EXPECT_EQ(expires_at(100, 5000, limits), 5000);
    EXPECT_EQ(wait_text(1), "1 second");
    EXPECT_EQ(wait_text(60), "1 minute");
    EXPECT_EQ(wait_text(61), "2 minutes");
}

}  // namespace
}  // namespace anzan::accounts
