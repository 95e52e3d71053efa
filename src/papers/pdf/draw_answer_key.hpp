// The answer key: on pages of its own after the questions, an "Answer key" heading, then per block
// its heading and "N) answer" entries in columns. Answers print exactly as their strings.
#pragma once
#include <span>
#include <vector>

#include "papers/generator/types.hpp"
#include "papers/pdf/layout.hpp"
#include "papers/pdf/worksheet_pdf.hpp"

namespace anzan::papers::pdf {

// Appends the key's bands; the first one starts a new page. Blocks without questions are skipped.
// REQUIRES: `header` and `blocks` outlive the bands.
void append_answer_key_bands(Canvas& canvas, const WorksheetHeader& header,
                             std::span<const GeneratedBlock> blocks, std::vector<Band>& bands);

}  // namespace anzan::papers::pdf
