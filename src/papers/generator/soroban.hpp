// Bead-level soroban model used to decide the abacus rules. Each rod holds 0..9 as one heaven
// bead (5) and four earth beads (1 each). A step adds or subtracts a number rod by rod from the
// highest rod down, as children are taught; each single-rod change is one of:
//   direct            beads of the needed kind are free to move (3 + 1, 6 + 3, 8 - 5);
//   5-complement      "small friends": use the heaven bead and take back earth beads (4 + 1 =
//                     +5 -4, 6 - 2 = -5 +3);
//   10-complement     "big friends": carry to / borrow from the rod on the left (7 + 5 = +10 -5).
// The rod on the left then changes by one, which may itself need a complement (cascades counted).
#pragma once
#include <cstdint>

namespace anzan::papers::gen {

enum class Sign : std::uint8_t { Plus, Minus };

struct MoveKinds {
    bool five = false;  // some rod needed a 5-complement (small friends)
    bool ten = false;   // some rod needed a 10-complement (carry on +, borrow on -)
};

// Which complement moves adding (Plus) or subtracting (Minus) `operand` to/from `total` needs.
// REQUIRES: total >= 0, operand >= 0, and for Minus total >= operand.
MoveKinds classify_step(std::uint64_t total, std::uint64_t operand, Sign sign);

}  // namespace anzan::papers::gen
