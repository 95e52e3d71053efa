// Worksheet PDFs: an A4 portrait paper a teacher prints, built from already generated blocks, with
// an optional answer key on separate pages after the questions (layout: docs in legacy papers.md §5,
// minus its bugs: numbers are printed exactly as the question's `text`/`answer` strings, never
// re-parsed as floats, and every question's own `text` is what is shown).
//
// Thread safety: render_worksheet_pdf may run on several threads at once. Each call has its own
// cairo surface and Pango context; fonts come from Pango's per-thread default font map.
#pragma once
#include <string>
#include <vector>

#include "papers/generator/types.hpp"
#include "platform/result.hpp"

namespace anzan::papers {

// The first page's header. Every field is printed as given (long ones are wrapped or ellipsized);
// an empty `level` or `academy_name` leaves its line out.
struct WorksheetHeader {
    std::string academy_name;
    std::string title;
    std::string level;
};

enum class AnswerKey { No, Yes };

// The most pages one worksheet PDF may have; the paper's work budget keeps real ones far below.
constexpr int kMaxWorksheetPages = 200;

// Renders the worksheet and returns the bytes of a PDF file (A4 portrait, DejaVu Sans, all text
// selectable). Blocks print in order, each under its `config.title` (else a readable name of its
// type): vertical questions as 10-column stacked-number tables, horizontal ones in a two-column
// grid. Every page has a "Page X of Y" footer. With AnswerKey::Yes the answers follow on their own
// pages. Blocks without questions are skipped.
// Fails with Invalid when `blocks` is empty or holds no question at all, or when it would print
// more than kMaxWorksheetPages pages (found before any page is drawn), and with Internal when
// cairo cannot produce the document (e.g. out of memory).
Result<std::string> render_worksheet_pdf(const WorksheetHeader& header,
                                         const std::vector<GeneratedBlock>& blocks, AnswerKey answer_key);

}  // namespace anzan::papers
