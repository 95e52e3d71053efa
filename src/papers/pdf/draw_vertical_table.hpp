// Stacked-number tables for vertical (abacus) questions: each column a question — its number on
// top, the rows right-aligned, then an empty box for the answer.
#pragma once
#include <span>
#include <vector>

#include "papers/generator/types.hpp"
#include "papers/pdf/layout.hpp"

namespace anzan::papers::pdf {

constexpr int kVerticalColumns = 10;

// Appends one band per table row of up to 10 questions, so a table only ever breaks between
// rows, never inside a column. Numbers too wide for 10 columns at a readable size get fewer,
// wider columns; past that the font shrinks to fit. Rows shrink so no band exceeds
// `max_band_height`.
// REQUIRES: every pointer in `questions` outlives the bands.
void append_vertical_table_bands(Canvas& canvas, std::span<const Question* const> questions,
                                 double max_band_height, std::vector<Band>& bands);

}  // namespace anzan::papers::pdf
