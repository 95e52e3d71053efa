// Generator timings, printed as a markdown table: every preset paper averaged over many seeds
// (warm: block plans cached, as on a busy server; cold: plans rebuilt first), and the worst
// configurations we know. Run: cmake --build <dir> --target generator_bench && <dir>/generator_bench
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "papers/generator/generator.hpp"
#include "papers/generator/presets.hpp"

namespace {

using namespace anzan::papers;
using Clock = std::chrono::steady_clock;

double micros_since(Clock::time_point start) {
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

int question_count(const PaperConfig& config) {
    int total = 0;
    for (const auto& block : config.blocks) total += block.count;
    return total;
}

// Shared machines preempt in 4 ms ticks, so the median is reported next to the mean, and the
// cold figure is the best of a few runs.
struct Timing {
    double cold_us = 0;    // first paper after the plan cache was cleared (best of 5)
    double mean_us = 0;    // over `seeds` papers with plans cached
    double median_us = 0;
    double p99_us = 0;
};

Timing time_paper(const PaperConfig& config, int seeds) {
    Timing timing;
    timing.cold_us = 1e18;
    for (int run = 0; run < 5; ++run) {
        test_clear_plan_cache();
        const auto start = Clock::now();
        if (!generate_paper(config, 1)) return {-1, -1, -1, -1};
        timing.cold_us = std::min(timing.cold_us, micros_since(start));
    }
    std::vector<double> samples;
    for (int seed = 0; seed < seeds; ++seed) {
        const auto start = Clock::now();
        const auto paper = generate_paper(config, 1000 + seed);
        samples.push_back(micros_since(start));
        if (!paper) return {-1, -1, -1, -1};
    }
    std::sort(samples.begin(), samples.end());
    for (double sample : samples) timing.mean_us += sample / seeds;
    timing.median_us = samples[samples.size() / 2];
    timing.p99_us = samples[samples.size() * 99 / 100];
    return timing;
}

PaperConfig single(const char* type, int count, Constraints c) {
    BlockConfig block;
    block.id = "bench";
    block.type = type;
    block.count = count;
    block.constraints = c;
    PaperConfig config;
    config.title = "Bench";
    config.blocks = {block};
    return config;
}

struct Worst {
    const char* name;
    PaperConfig config;
};

std::vector<Worst> worst_cases() {
    auto make = [](auto set) {
        Constraints c;
        set(c);
        return c;
    };
    return {
        {"division 20÷1", single("division", 100, make([](Constraints& c) { c.dividend_digits = 20; c.divisor_digits = 1; }))},
        {"division 20÷10", single("division", 100, make([](Constraints& c) { c.dividend_digits = 20; c.divisor_digits = 10; }))},
        {"division 7÷1 (legacy: ~8.5 s per 10)", single("division", 100, make([](Constraints& c) { c.dividend_digits = 7; c.divisor_digits = 1; }))},
        {"square_root 30 digits", single("square_root", 100, make([](Constraints& c) { c.root_digits = 30; }))},
        {"cube_root 30 digits", single("cube_root", 100, make([](Constraints& c) { c.root_digits = 30; }))},
        {"multiplication 20×20", single("multiplication", 100, make([](Constraints& c) { c.multiplicand_digits = 20; c.multiplier_digits = 20; }))},
        {"decimal_multiplication 20×20", single("decimal_multiplication", 100, make([](Constraints& c) { c.multiplicand_digits = 20; c.multiplier_digits = 20; }))},
        {"decimal_division 20÷20", single("decimal_division", 100, make([](Constraints& c) { c.dividend_digits = 20; c.divisor_digits = 20; }))},
        {"add_sub 10D 30R", single("add_sub", 100, make([](Constraints& c) { c.digits = 10; c.rows = 30; }))},
        {"add_sub 1D 30R no carry/borrow", single("add_sub", 100, make([](Constraints& c) { c.digits = 1; c.rows = 30; c.allow_carry = false; c.allow_borrow = false; }))},
        {"add_sub 2D 11R answers 100..150", single("add_sub", 100, make([](Constraints& c) { c.digits = 2; c.rows = 11; c.min_answer = 100; c.max_answer = 150; }))},
        {"add_sub 2D 30R answers 0..300", single("add_sub", 100, make([](Constraints& c) { c.digits = 2; c.rows = 30; c.min_answer = 0; c.max_answer = 300; }))},
        {"subtraction 3D 10R no borrow", single("subtraction", 100, make([](Constraints& c) { c.digits = 3; c.rows = 10; c.allow_borrow = false; }))},
        {"big_friends 2D 15R", single("big_friends_add_sub", 100, make([](Constraints& c) { c.digits = 2; c.rows = 15; }))},
        {"small_friends 2D 15R", single("small_friends_add_sub", 100, make([](Constraints& c) { c.digits = 2; c.rows = 15; }))},
        {"gcd 10×10", single("gcd", 100, make([](Constraints& c) { c.multiplicand_digits = 10; c.multiplier_digits = 10; }))},
        {"addition 81 of 81 (1D 2R, whole space)", single("addition", 81, make([](Constraints& c) { c.digits = 1; c.rows = 2; }))},
    };
}

void print_row(const std::string& name, int questions, const Timing& t) {
    if (t.cold_us < 0) {
        std::printf("| %s | %d | failed | failed | failed | failed |\n", name.c_str(), questions);
        return;
    }
    std::printf("| %s | %d | %.3f | %.3f | %.3f | %.3f |\n", name.c_str(), questions, t.cold_us / 1000,
                t.median_us / 1000, t.mean_us / 1000, t.p99_us / 1000);
}

}  // namespace

int main() {
    const std::string dir = std::string(ANZAN_SOURCE_DIR) + "/presets";
    constexpr int kSeeds = 500;
    std::printf("Generator benchmark: %d seeds per row (warm = plans cached).\n\n", kSeeds);
    std::printf("| paper | questions | cold ms | warm median ms | warm mean ms | warm p99 ms |\n"
                "|---|---:|---:|---:|---:|---:|\n");
    for (const std::string& level : preset_levels(dir)) {
        const auto config = load_preset(dir, level);
        if (!config) continue;
        print_row("preset " + level, question_count(*config), time_paper(*config, kSeeds));
    }
    for (const Worst& worst : worst_cases())
        print_row(worst.name, question_count(worst.config), time_paper(worst.config, 50));
    return 0;
}
