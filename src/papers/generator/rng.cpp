#include "papers/generator/rng.hpp"

namespace anzan::papers::gen {
namespace {

constexpr std::uint64_t kGoldenGamma = 0x9E3779B97F4A7C15ULL;
// Each rejection round succeeds with probability > 1/2, so 200 rounds fail with p < 2^-200.
constexpr int kMaxRejectionRounds = 200;
constexpr std::uint64_t kProbeSeed = 0xA2A2A2A2'5EED5EEDULL;

std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

}  // namespace

std::uint64_t mix64(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

Rng::Rng(std::uint64_t key) {
    // SplitMix64 seeding, as recommended by xoshiro's authors.
    for (int i = 0; i < 4; ++i) state_[i] = mix64(key + kGoldenGamma * static_cast<std::uint64_t>(i + 1));
    if ((state_[0] | state_[1] | state_[2] | state_[3]) == 0) state_[0] = 1;  // the one bad state
}

Rng Rng::for_question(std::uint64_t seed, std::uint32_t block_index, std::uint32_t question_index) {
    // Each component goes through the mixer before the next is folded in, so (s, b, q) triples
    // never collide by simple arithmetic (e.g. s+1 with b-1).
    std::uint64_t key = mix64(seed + kGoldenGamma);
    key = mix64(key ^ (static_cast<std::uint64_t>(block_index) + kGoldenGamma));
    key = mix64(key ^ (static_cast<std::uint64_t>(question_index) + 2 * kGoldenGamma));
    return Rng(key);
}

Rng Rng::for_probe() { return for_question(kProbeSeed, 0, 0); }

std::uint64_t Rng::next_u64() {
    // xoshiro256** 1.0 (Blackman & Vigna, 2018).
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
}

std::uint64_t Rng::uniform(std::uint64_t lo, std::uint64_t hi) {
    const std::uint64_t span = hi - lo + 1;  // 0 means the whole 64-bit range
    if (span == 0) return next_u64();
    // Reject the low `2^64 mod span` values so every residue is equally likely.
    const std::uint64_t threshold = (0 - span) % span;
    std::uint64_t draw = next_u64();
    for (int round = 0; draw < threshold && round < kMaxRejectionRounds; ++round) draw = next_u64();
    if (draw < threshold) exhausted_ = true;
    return lo + draw % span;
}

UInt128 Rng::uniform128(UInt128 lo, UInt128 hi) {
    const UInt128 span = hi - lo + 1;
    if (span != 0 && span <= static_cast<UInt128>(UINT64_MAX))
        return lo + uniform(0, static_cast<std::uint64_t>(span - 1));
    auto draw128 = [this] { return (static_cast<UInt128>(next_u64()) << 64) | next_u64(); };
    if (span == 0) return draw128();
    const UInt128 threshold = (0 - span) % span;
    UInt128 draw = draw128();
    for (int round = 0; draw < threshold && round < kMaxRejectionRounds; ++round) draw = draw128();
    if (draw < threshold) exhausted_ = true;
    return lo + draw % span;
}

bool Rng::chance(std::uint64_t numerator, std::uint64_t denominator) {
    return uniform(0, denominator - 1) < numerator;
}

}  // namespace anzan::papers::gen
