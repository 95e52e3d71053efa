// The abacus question generator: a pure function of (PaperConfig, seed). No I/O, no clock, no
// global state: safe to call from any thread. The same config and seed give byte-identical
// questions on every machine (own PRNG, exact integer arithmetic; see docs/generator.md).
//
// Question ids run 1..N across the paper. Question `i` of block `b` draws from the stream
// (seed, b, i), so changing one block's count or type never changes another block.
// Time is bounded for every config this accepts: at most kMaxBlocks blocks of at most
// kMaxQuestionsPerBlock questions, each with a hard cap on draws.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "papers/generator/types.hpp"
#include "platform/result.hpp"

namespace anzan::papers {

constexpr int kMaxQuestionsPerBlock = 200;
constexpr int kMaxBlocks = 100;
// The work budget of one worksheet. Rendering costs grow with printed rows (a vertical question
// prints one row per operand, a horizontal one a single line); these keep the largest worksheet
// under a few seconds of PDF work. A preset paper uses 100 questions and under 500 rows.
constexpr int kMaxQuestionsPerPaper = 2000;
constexpr int kMaxRowsPerPaper = 20000;

// Invalid, with the sizes and what to do, when `blocks` hold more than kMaxQuestionsPerPaper
// questions or kMaxRowsPerPaper printed rows (per question: its operand count, at least 1).
Result<void> check_paper_size(const std::vector<GeneratedBlock>& blocks);

// Every block of `config`, generated. Invalid, naming the block ("Block 3 (\"Addition\"): ...")
// and the constraint, when a block's type is unknown, a constraint is out of range, or the
// constraints cannot give `count` distinct questions, or when the paper is over its work budget
// (check_paper_size); BadRequest when there are no blocks or more than kMaxBlocks. Never returns
// a degraded or duplicate question.
Result<GeneratedPaper> generate_paper(const PaperConfig& config, std::uint64_t seed);

// The same checks as generate_paper, without generating: ok exactly when generate_paper would
// succeed for every seed (up to the vanishing chance of hitting an attempt limit).
Result<void> validate_config(const PaperConfig& config);

// The wire names of the supported question types, in menu order.
std::vector<std::string> question_types();

// The title printed on worksheets (legacy §1.2): "<title> - <level name>" for non-Custom levels
// unless the title already contains the name. AB-1..AB-6 -> "Basic Level N", AB-7..AB-10 ->
// "Advanced Level N", any other level -> the level itself ("Junior").
std::string decorated_title(const PaperConfig& config);

// Test and benchmark hook: forgets every cached block plan, so the next call pays the full
// cost of building plans (sum tables, probes). Thread-safe.
void test_clear_plan_cache();
// Bytes the plan cache holds now (at most 64 MiB, whatever the requests).
std::size_t plan_cache_bytes();

}  // namespace anzan::papers
