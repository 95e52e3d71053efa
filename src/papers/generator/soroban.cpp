#include "papers/generator/soroban.hpp"

#include <array>

namespace anzan::papers::gen {
namespace {

// 21 rods hold any 20-digit total plus one carry.
constexpr int kRods = 21;
using Rods = std::array<int, kRods>;

int earth(int rod_value) { return rod_value >= 5 ? rod_value - 5 : rod_value; }

// Adding k (1..9) to a rod whose result stays <= 9: direct unless only a 5-complement works.
void add_within_rod(int value, int k, MoveKinds& kinds) {
    // k >= 5 with a result <= 9 always means the heaven bead is free and the earth beads fit.
    if (k < 5 && earth(value) + k > 4) kinds.five = true;
}

// Subtracting k (1..9) from a rod holding at least k.
void subtract_within_rod(int value, int k, MoveKinds& kinds) {
    if (k < 5 && earth(value) < k) kinds.five = true;  // drop the 5, give back 5 - k earth beads
    // k >= 5 with value >= k: the heaven bead is set and enough earth beads remain.
}

void add_on_rod(Rods& rods, int rod, int k, MoveKinds& kinds);
void subtract_on_rod(Rods& rods, int rod, int k, MoveKinds& kinds);

void add_on_rod(Rods& rods, int rod, int k, MoveKinds& kinds) {
    if (k == 0 || rod >= kRods) return;
    const int value = rods[rod];
    if (value + k <= 9) {
        add_within_rod(value, k, kinds);
        rods[rod] = value + k;
        return;
    }
    // Big friend: take away (10 - k) here, carry one to the left rod.
    kinds.ten = true;
    subtract_within_rod(value, 10 - k, kinds);
    rods[rod] = value + k - 10;
    add_on_rod(rods, rod + 1, 1, kinds);
}

void subtract_on_rod(Rods& rods, int rod, int k, MoveKinds& kinds) {
    if (k == 0 || rod >= kRods) return;
    const int value = rods[rod];
    if (value >= k) {
        subtract_within_rod(value, k, kinds);
        rods[rod] = value - k;
        return;
    }
    // Big friend: borrow one from the left rod, put (10 - k) here.
    kinds.ten = true;
    add_within_rod(value, 10 - k, kinds);
    rods[rod] = value + 10 - k;
    subtract_on_rod(rods, rod + 1, 1, kinds);
}

}  // namespace

MoveKinds classify_step(std::uint64_t total, std::uint64_t operand, Sign sign) {
    Rods rods{};
    for (int rod = 0; rod < kRods && total != 0; ++rod, total /= 10) rods[rod] = static_cast<int>(total % 10);
    Rods digits{};
    int highest = -1;
    for (int rod = 0; rod < kRods && operand != 0; ++rod, operand /= 10) {
        digits[rod] = static_cast<int>(operand % 10);
        highest = rod;
    }
    MoveKinds kinds;
    for (int rod = highest; rod >= 0; --rod) {
        if (sign == Sign::Plus) add_on_rod(rods, rod, digits[rod], kinds);
        else subtract_on_rod(rods, rod, digits[rod], kinds);
    }
    return kinds;
}

}  // namespace anzan::papers::gen
