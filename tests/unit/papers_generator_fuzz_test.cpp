// Random configs within and around the allowed ranges: whatever validate_config accepts must
// generate (the feasibility check never promises what generation cannot deliver), whatever it
// refuses must be refused by generate_paper with the same reason, and every call stays fast.
#include <gtest/gtest.h>

#include <chrono>

#include "papers/generator/rng.hpp"
#include "papers_generator_test_util.hpp"

namespace anzan::papers {
namespace {

std::optional<int> maybe(gen::Rng& rng, int lo, int hi) {
    if (rng.chance(1, 5)) return std::nullopt;
    return static_cast<int>(rng.uniform(0, static_cast<std::uint64_t>(hi - lo))) + lo;
}

Constraints random_constraints(gen::Rng& rng) {
    Constraints c;
    c.digits = maybe(rng, 0, 11);
    c.rows = maybe(rng, 1, 31);
    if (rng.chance(1, 4)) c.allow_carry = rng.chance(1, 2);
    if (rng.chance(1, 4)) c.allow_borrow = rng.chance(1, 2);
    c.dividend_digits = maybe(rng, 1, 21);
    c.divisor_digits = maybe(rng, 1, 21);
    c.multiplicand_digits = maybe(rng, 0, 21);
    c.multiplier_digits = maybe(rng, 0, 21);
    c.root_digits = maybe(rng, 1, 31);
    c.percentage_min = maybe(rng, 1, 100);
    c.percentage_max = maybe(rng, 1, 100);
    c.number_digits = maybe(rng, 1, 10);
    if (rng.chance(1, 6)) {
        // Answer windows of every width, from a single value to most of the range.
        const long long centre = static_cast<long long>(rng.uniform(0, 2000));
        const long long width = static_cast<long long>(rng.uniform(0, 3)) == 0 ? 0 : static_cast<long long>(rng.uniform(0, 5000));
        if (rng.chance(1, 2)) c.min_answer = centre;
        if (rng.chance(1, 2)) c.max_answer = centre + width;
    }
    return c;
}

TEST(GeneratorFuzz, AcceptedConfigsAlwaysGenerateQuickly) {
    auto rng = gen::Rng::for_question(2026, 11, 26);
    const auto types = question_types();
    int accepted = 0, refused = 0;
    double slowest_ms = 0;
    const int rounds = static_cast<int>(test::seed_count(3000));
    for (int round = 0; round < rounds; ++round) {
        const std::string& type = types[rng.uniform(0, types.size() - 1)];
        const int count = static_cast<int>(rng.uniform(1, 200));
        const auto config = test::make_paper({test::make_block(type, count, random_constraints(rng))});
        const auto start = std::chrono::steady_clock::now();
        const auto verdict = validate_config(config);
        const auto paper = generate_paper(config, rng.next_u64() >> 11);
        const double took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        slowest_ms = std::max(slowest_ms, took_ms);
        if (verdict.has_value()) {
            ++accepted;
            ASSERT_TRUE(paper.has_value()) << type << " x" << count << ": " << paper.error().detail;
            ASSERT_EQ(paper->blocks[0].questions.size(), static_cast<std::size_t>(count));
        } else {
            ++refused;
            ASSERT_FALSE(paper.has_value());
            EXPECT_EQ(paper.error().detail, verdict.error().detail);
            EXPECT_EQ(verdict.error().detail.rfind("Block 1 (\"" + type + "\"): ", 0), 0u) << verdict.error().detail;
        }
    }
    EXPECT_GT(accepted, rounds / 6);
    EXPECT_GT(refused, rounds / 6);
    // Generous for a loaded CI machine; typical is well under 50 ms.
    EXPECT_LT(slowest_ms, 2000.0);
    std::printf("fuzz: %d accepted, %d refused, slowest %.1f ms\n", accepted, refused, slowest_ms);
}

}  // namespace
}  // namespace anzan::papers
