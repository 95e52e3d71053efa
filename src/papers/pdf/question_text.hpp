// How a question's text becomes printed rows. The question's `text` is the canonical display
// (legacy papers.md §8 items 12–13: rebuilding it from operands printed wrong numbers), so numbers
// are kept byte for byte; only the layout around them is decided here. Pure functions.
#pragma once
#include <string>
#include <vector>

#include "papers/generator/types.hpp"

namespace anzan::papers::pdf {

// One row of a stacked (vertical) sum: an optional sign set apart on the left, the number
// right-aligned.
struct StackedRow {
    std::string sign;    // "", "+", "−" (U+2212 for a typed "-"), "×" or "÷"
    std::string number;  // exactly as in the text, e.g. "86", "96.5", "-12"
};

// The rows of a vertical question: one per line of `text`, a leading sign split off when a space
// follows it ("- 36" → "−", "36"; "-12" stays a negative number). Blank lines are dropped. When
// `text` is blank, rows are built from `operands` with signs from `operators`, else from `op` as
// the legacy generator wrote them ("+" only on the last row, "-" on every row after the first).
std::vector<StackedRow> stacked_rows(const Question& question);

// The text of a horizontal question on one line: line breaks become spaces, ends trimmed.
std::string one_line_text(const Question& question);

}  // namespace anzan::papers::pdf
