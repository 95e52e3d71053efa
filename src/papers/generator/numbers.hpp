// Exact integer helpers for the generator: powers of ten, integer roots, decimal text, and a
// product wider than 128 bits. Answers are decimal strings, never floats, so nothing here uses
// floating point. Pure functions; safe from any thread.
#pragma once
#include <cstdint>
#include <string>

#include "papers/generator/rng.hpp"

namespace anzan::papers::gen {

// 10^exponent. REQUIRES: 0 <= exponent <= 38.
UInt128 pow10(int exponent);
// Number of decimal digits of `value` (1 for 0).
int digit_count(UInt128 value);
// Largest r with r*r <= value, and largest r with r*r*r <= value.
UInt128 isqrt(UInt128 value);
UInt128 icbrt(UInt128 value);
std::uint64_t gcd(std::uint64_t a, std::uint64_t b);

// Decimal text of an unsigned value.
std::string to_text(UInt128 value);
std::string to_text(long long value);
// Exact decimal text of a*b (up to 2^256; wide enough for two 38-digit factors).
std::string product_text(UInt128 a, UInt128 b);

enum class Zeros { Keep, Trim };
// `digits_text` (an unsigned integer's decimal text) divided by 10^scale, e.g. ("965", 1) ->
// "96.5". Zeros::Trim drops trailing fractional zeros and a bare point ("4200", 2) -> "42";
// Zeros::Keep always prints `scale` decimals ("4200", 2) -> "42.00".
std::string scaled_text(const std::string& digits_text, int scale, Zeros zeros);

// Sign of (decimal - bound) for a decimal text like "-12", "33.6" or a 40-digit integer.
int compare_decimal(const std::string& decimal, long long bound);

}  // namespace anzan::papers::gen
