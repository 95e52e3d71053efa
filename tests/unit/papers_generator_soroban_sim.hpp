// Test-only soroban simulator, written apart from src/papers/generator/soroban.cpp so the tests
// do not trust the generator's own model. It keeps real bead positions (one heaven bead, four
// earth beads per rod) and performs each single-rod change the way a child does: direct if the
// beads are free, else with a 5-complement, else with a 10-complement on the rod to the left.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace anzan::papers::test {

struct BeadRod {
    bool heaven = false;  // the 5-bead is down against the bar
    int earth = 0;        // earth beads pushed up, 0..4
    int value() const { return (heaven ? 5 : 0) + earth; }
};

struct StepUse {
    bool five = false;  // a 5-complement was needed somewhere
    bool ten = false;   // a 10-complement was needed somewhere
};

class SorobanSim {
public:
    explicit SorobanSim(int rods = 24) : rods_(rods) {}

    std::uint64_t value() const {
        std::uint64_t total = 0;
        for (int i = static_cast<int>(rods_.size()) - 1; i >= 0; --i) total = total * 10 + rods_[i].value();
        return total;
    }

    // Sets the first number on a cleared abacus.
    void set(std::uint64_t number) {
        for (auto& rod : rods_) rod = {};
        for (std::size_t i = 0; number != 0; ++i, number /= 10) {
            const int digit = static_cast<int>(number % 10);
            rods_.at(i).heaven = digit >= 5;
            rods_.at(i).earth = digit % 5;
        }
    }

    // Adds or subtracts `number`, highest rod first, and reports the complements it needed.
    StepUse apply(std::uint64_t number, bool plus) {
        std::vector<int> digits;
        for (; number != 0; number /= 10) digits.push_back(static_cast<int>(number % 10));
        StepUse use;
        for (int rod = static_cast<int>(digits.size()) - 1; rod >= 0; --rod) {
            if (digits[rod] == 0) continue;
            if (plus) add(rod, digits[rod], use);
            else subtract(rod, digits[rod], use);
        }
        return use;
    }

private:
    void add(int rod, int k, StepUse& use) {
        BeadRod& r = rods_.at(rod);
        if (k < 5 && r.earth + k <= 4) { r.earth += k; return; }
        if (k >= 5 && !r.heaven && r.earth + (k - 5) <= 4) { r.heaven = true; r.earth += k - 5; return; }
        if (k < 5 && !r.heaven && r.earth >= 5 - k) {  // +5 then -(5-k)
            use.five = true;
            r.heaven = true;
            r.earth -= 5 - k;
            return;
        }
        // +10 on the left rod, -(10-k) here.
        use.ten = true;
        subtract(rod, 10 - k, use);
        add(rod + 1, 1, use);
    }

    void subtract(int rod, int k, StepUse& use) {
        BeadRod& r = rods_.at(rod);
        if (k < 5 && r.earth >= k) { r.earth -= k; return; }
        if (k >= 5 && r.heaven && r.earth >= k - 5) { r.heaven = false; r.earth -= k - 5; return; }
        if (k < 5 && r.heaven && r.earth < k) {  // -5 then +(5-k)
            use.five = true;
            r.heaven = false;
            r.earth += 5 - k;
            return;
        }
        if (rod + 1 >= static_cast<int>(rods_.size())) throw std::logic_error("borrow past the last rod");
        // -10 on the left rod, +(10-k) here.
        use.ten = true;
        add(rod, 10 - k, use);
        subtract(rod + 1, 1, use);
    }

    std::vector<BeadRod> rods_;
};

}  // namespace anzan::papers::test
