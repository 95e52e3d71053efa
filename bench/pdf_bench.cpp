// Worksheet PDF timing: a 100-question paper (50 vertical add/sub sums of 5 rows, 50 horizontal
// multiplications) with its answer key, rendered 20 times after a warm-up render, timed apart
// because it pays for the thread's first font lookup. Prints one markdown table row.
// Target: < 50 ms per render.
// Wall time is what a request waits; CPU time is printed too because a busy machine (a parallel
// build) inflates wall time without the renderer getting any slower.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>
#include <vector>

#include "papers/pdf/worksheet_pdf.hpp"

namespace {

using anzan::papers::GeneratedBlock;
using anzan::papers::Question;

constexpr int kRenders = 20;

double thread_cpu_ms() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

Question vertical_sum(int id) {
    Question question;
    question.id = id;
    question.op = "±";
    question.is_vertical = true;
    long long total = 0;
    for (int row = 0; row < 5; ++row) {
        const long long number = 10 + (id * 37 + row * 53) % 90;
        const bool minus = row > 0 && total >= number && (id + row) % 3 == 0;
        if (row > 0) {
            question.operators.push_back(minus ? "-" : "+");
            question.text += minus ? "\n- " : "\n+ ";
        }
        question.text += std::to_string(number);
        question.operands.push_back(number);
        total += minus ? -number : number;
    }
    question.answer = std::to_string(total);
    return question;
}

Question product(int id) {
    Question question;
    question.id = id;
    question.op = "×";
    const long long left = 100 + id * 7;
    const long long right = 2 + id % 8;
    question.operands = {left, right};
    question.text = std::to_string(left) + " × " + std::to_string(right) + " =";
    question.answer = std::to_string(left * right);
    return question;
}

std::vector<GeneratedBlock> paper() {
    GeneratedBlock sums;
    sums.config.type = "add_sub";
    sums.config.title = "Add/Sub 2D 5R";
    GeneratedBlock products;
    products.config.type = "multiplication";
    for (int id = 1; id <= 50; ++id) sums.questions.push_back(vertical_sum(id));
    for (int id = 51; id <= 100; ++id) products.questions.push_back(product(id));
    return {sums, products};
}

}  // namespace

int main() {
    using Clock = std::chrono::steady_clock;
    const anzan::papers::WorksheetHeader header{"Talent Hub Abacus Academy", "Weekly Practice", "AB-3"};
    const std::vector<GeneratedBlock> blocks = paper();
    const auto cold_start = Clock::now();
    auto warm_up = anzan::papers::render_worksheet_pdf(header, blocks, anzan::papers::AnswerKey::Yes);
    const std::chrono::duration<double, std::milli> cold_ms = Clock::now() - cold_start;
    if (!warm_up.has_value()) {
        std::fprintf(stderr, "render failed: %s\n", warm_up.error().detail.c_str());
        return 1;
    }
    std::vector<double> times_ms;
    const double cpu_start_ms = thread_cpu_ms();
    for (int render = 0; render < kRenders; ++render) {
        const auto start = Clock::now();
        auto pdf = anzan::papers::render_worksheet_pdf(header, blocks, anzan::papers::AnswerKey::Yes);
        const std::chrono::duration<double, std::milli> elapsed = Clock::now() - start;
        if (!pdf.has_value()) return 1;
        times_ms.push_back(elapsed.count());
    }
    const double cpu_ms = (thread_cpu_ms() - cpu_start_ms) / kRenders;
    double total_ms = 0;
    for (double time_ms : times_ms) total_ms += time_ms;
    std::printf(
        "| pdf: 100 questions (50 vertical 5 rows + 50 horizontal) + answer key | "
        "%.1f ms avg over %d | %.1f ms min | %.1f ms max | %.1f ms CPU avg | %.1f ms first render | %zu KiB "
        "|\n",
        total_ms / kRenders, kRenders, *std::min_element(times_ms.begin(), times_ms.end()),
        *std::max_element(times_ms.begin(), times_ms.end()), cpu_ms, cold_ms.count(),
        warm_up.value().size() / 1024);
    return 0;
}
