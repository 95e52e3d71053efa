// What frames the questions: the first page's header (academy, title, level and the fields a
// student fills in), the running header of later pages, and the "Page X of Y" footer.
#pragma once
#include "papers/pdf/layout.hpp"
#include "papers/pdf/worksheet_pdf.hpp"

namespace anzan::papers::pdf {

// The first page's header as a band. Measures the title now (it may wrap to two lines).
// `question_count` is printed as the maximum marks.
Band header_band(Canvas& canvas, const WorksheetHeader& header, int question_count);

// Small title line and rule at the top of every page after the first.
void draw_running_header(Canvas& canvas, const WorksheetHeader& header);

// "Page X of Y", centred under the content. `page` is 1-based.
void draw_footer(Canvas& canvas, int page, int page_count);

}  // namespace anzan::papers::pdf
