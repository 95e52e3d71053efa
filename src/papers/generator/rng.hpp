// The generator's own pseudo-random numbers: SplitMix64 to derive streams, xoshiro256** to draw.
// std:: distributions differ between standard libraries, so every bounded draw here is our own
// (rejection sampling), and the same (seed, block, question) gives the same numbers on every
// machine and compiler. Not for cryptography. An Rng is a plain value: copy it, don't share it
// between threads.
#pragma once
#include <cstdint>

namespace anzan::papers::gen {

using UInt128 = unsigned __int128;

// SplitMix64's output function (Stafford's "Mix13"): a bijection on 64 bits with good avalanche.
std::uint64_t mix64(std::uint64_t value);

class Rng {
public:
    // The stream for question `question_index` (0-based within its block) of block `block_index`
    // (0-based) under the paper seed. Distinct triples give independent-looking streams.
    static Rng for_question(std::uint64_t seed, std::uint32_t block_index, std::uint32_t question_index);
    // A fixed stream used by feasibility probes, so validate_config needs no seed.
    static Rng for_probe();

    std::uint64_t next_u64();
    // Uniform in [lo, hi], both inclusive. REQUIRES: lo <= hi.
    std::uint64_t uniform(std::uint64_t lo, std::uint64_t hi);
    UInt128 uniform128(UInt128 lo, UInt128 hi);
    // True with probability numerator / denominator. REQUIRES: 0 < denominator.
    bool chance(std::uint64_t numerator, std::uint64_t denominator);
    // Set when a rejection loop hit its cap (probability below 2^-200); the caller must then
    // reject the question instead of using the biased value.
    bool exhausted() const { return exhausted_; }

private:
    explicit Rng(std::uint64_t key);
    std::uint64_t state_[4];
    bool exhausted_ = false;
};

}  // namespace anzan::papers::gen
