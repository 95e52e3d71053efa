// Exact number helpers (numbers.hpp) at their edges, and concurrent generation through the
// shared plan cache giving the same papers as sequential calls.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "papers/generator/numbers.hpp"
#include "papers/generator/presets.hpp"
#include "papers/generator/wire.hpp"
#include "papers_generator_test_util.hpp"

namespace anzan::papers {
namespace {

using namespace gen;

TEST(GeneratorNumbers, IntegerRootsAreExactAtPowerBoundaries) {
    EXPECT_EQ(to_text(isqrt(pow10(30) - 1)), "999999999999999");
    EXPECT_EQ(to_text(isqrt(pow10(30))), "1000000000000000");
    EXPECT_EQ(to_text(icbrt(pow10(30) - 1)), "9999999999");
    EXPECT_EQ(to_text(icbrt(pow10(30))), "10000000000");
    EXPECT_EQ(to_text(isqrt(static_cast<UInt128>(15))), "3");
    EXPECT_EQ(to_text(icbrt(static_cast<UInt128>(26))), "2");
    EXPECT_EQ(to_text(icbrt(static_cast<UInt128>(27))), "3");
}

TEST(GeneratorNumbers, WideProductsAreExact) {
    const UInt128 max20 = pow10(20) - 1;
    EXPECT_EQ(product_text(max20, max20), test::multiply_strings("99999999999999999999", "99999999999999999999"));
    const UInt128 max21 = pow10(21) - 1;
    EXPECT_EQ(product_text(max21, max21), test::multiply_strings(to_text(max21), to_text(max21)));
    EXPECT_EQ(product_text(0, max20), "0");
    EXPECT_EQ(product_text(7, 6), "42");
}

TEST(GeneratorNumbers, ScaledTextAndDecimalComparison) {
    EXPECT_EQ(scaled_text("965", 1, Zeros::Keep), "96.5");
    EXPECT_EQ(scaled_text("4200", 2, Zeros::Trim), "42");
    EXPECT_EQ(scaled_text("4200", 2, Zeros::Keep), "42.00");
    EXPECT_EQ(scaled_text("7", 2, Zeros::Trim), "0.07");
    EXPECT_EQ(scaled_text("0", 1, Zeros::Trim), "0");
    EXPECT_EQ(compare_decimal("33.6", 33), 1);
    EXPECT_EQ(compare_decimal("33.0", 33), 0);
    EXPECT_EQ(compare_decimal("-12.5", -12), -1);
    EXPECT_EQ(compare_decimal("-12", -13), 1);
    EXPECT_EQ(compare_decimal("0", 0), 0);
    EXPECT_EQ(compare_decimal("0.01", 0), 1);
    EXPECT_EQ(compare_decimal("99999999999999999999999999999999999999", INT64_MAX), 1);
    EXPECT_EQ(compare_decimal("5", INT64_MIN), 1);
    EXPECT_EQ(to_text(static_cast<long long>(INT64_MIN)), "-9223372036854775808");
}

TEST(GeneratorNumbers, BoundedDrawsStayInRangeAndCoverIt) {
    auto rng = Rng::for_question(1, 2, 3);
    std::vector<int> seen(7, 0);
    for (int i = 0; i < 7000; ++i) {
        const auto value = rng.uniform(10, 16);
        ASSERT_GE(value, 10u);
        ASSERT_LE(value, 16u);
        ++seen[value - 10];
    }
    for (int count : seen) EXPECT_GT(count, 850);  // 1000 expected each
    const UInt128 lo = pow10(37), hi = pow10(38) - 1;
    for (int i = 0; i < 1000; ++i) {
        const UInt128 value = rng.uniform128(lo, hi);
        ASSERT_TRUE(value >= lo && value <= hi);
    }
    EXPECT_FALSE(rng.exhausted());
}

TEST(GeneratorNumbers, ConcurrentCallsMatchSequentialOnes) {
    const std::string dir = std::string(ANZAN_SOURCE_DIR) + "/presets";
    std::vector<PaperConfig> configs;
    for (const auto& level : preset_levels(dir)) configs.push_back(*load_preset(dir, level));
    std::vector<std::string> expected;
    for (const auto& config : configs) expected.push_back(to_json(*generate_paper(config, 31337)).dump());
    test_clear_plan_cache();
    std::vector<std::string> results(configs.size() * 4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t)
        threads.emplace_back([&, t] {
            const auto paper = generate_paper(configs[t % configs.size()], 31337);
            results[t] = paper ? to_json(*paper).dump() : paper.error().detail;
        });
    for (auto& thread : threads) thread.join();
    for (std::size_t t = 0; t < results.size(); ++t) EXPECT_EQ(results[t], expected[t % configs.size()]);
}

}  // namespace
}  // namespace anzan::papers
