// Horizontal questions in a two-column grid: "N) text ______", filled row by row so a long block
// flows across pages in reading order.
#pragma once
#include <span>
#include <vector>

#include "papers/generator/types.hpp"
#include "papers/pdf/layout.hpp"

namespace anzan::papers::pdf {

// Appends one band per grid row (two questions). A text too long for its cell first shrinks a
// little, then takes a row of its own across the page, and only then wraps, with its answer line
// moved under it. Numbering stays in reading order.
// REQUIRES: every pointer in `questions` outlives the bands.
void append_horizontal_grid_bands(Canvas& canvas, std::span<const Question* const> questions,
                                  std::vector<Band>& bands);

}  // namespace anzan::papers::pdf
