// Orchestration: measure everything into bands, paginate, then draw page by page.
#include "papers/pdf/worksheet_pdf.hpp"

#include "papers/pdf/block_title.hpp"
#include "papers/pdf/canvas.hpp"
#include "papers/pdf/draw_answer_key.hpp"
#include "papers/pdf/draw_header.hpp"
#include "papers/pdf/draw_horizontal_grid.hpp"
#include "papers/pdf/draw_vertical_table.hpp"
#include "papers/pdf/layout.hpp"
#include "papers/pdf/pdf_document.hpp"

namespace anzan::papers {
namespace {

using pdf::Band;
using pdf::Canvas;

constexpr pdf::PageFrame kFrame{pdf::kMarginTop, pdf::kMarginTop + pdf::kRunningHeaderHeight,
                                pdf::kContentBottom};

int count_questions(const std::vector<GeneratedBlock>& blocks) {
    int count = 0;
    for (const GeneratedBlock& block : blocks) count += static_cast<int>(block.questions.size());
    return count;
}

// A block may mix both kinds (the legacy renderer then dropped the horizontal ones): its vertical
// questions print as a table, then its horizontal ones as a grid, under one heading.
void append_block_bands(Canvas& canvas, const GeneratedBlock& block, std::vector<Band>& bands) {
    std::vector<const Question*> vertical;
    std::vector<const Question*> horizontal;
    for (const Question& question : block.questions)
        (question.is_vertical ? vertical : horizontal).push_back(&question);
    Band title = pdf::block_title_band(pdf::block_heading(block.config));
    // A table row may fill a page, but never so much that its heading is left behind.
    const double max_table_height = pdf::later_page_capacity(kFrame) - title.height;
    bands.push_back(std::move(title));
    pdf::append_vertical_table_bands(canvas, vertical, max_table_height, bands);
    pdf::append_horizontal_grid_bands(canvas, horizontal, bands);
}

void draw_pages(Canvas& canvas, pdf::PdfDocument& document, const WorksheetHeader& header,
                const std::vector<Band>& bands, const pdf::Pagination& pagination) {
    std::size_t next = 0;
    for (int page = 0; page < pagination.page_count; ++page) {
        if (page > 0) pdf::draw_running_header(canvas, header);
        for (; next < pagination.placements.size() && pagination.placements[next].page == page; ++next) {
            const pdf::Placement& placement = pagination.placements[next];
            bands[placement.band].draw(canvas, placement.top);
        }
        pdf::draw_footer(canvas, page + 1, pagination.page_count);
        document.show_page();
    }
}

}  // namespace

Result<std::string> render_worksheet_pdf(const WorksheetHeader& header,
                                         const std::vector<GeneratedBlock>& blocks, AnswerKey answer_key) {
    if (blocks.empty()) return Error::invalid("A worksheet needs at least one block of questions.");
    const int question_count = count_questions(blocks);
    if (question_count == 0)
        return Error::invalid("Every block of this worksheet is empty; add some questions.");

    auto document = TRY(pdf::PdfDocument::create(header.title));
    Canvas canvas(document->cairo());
    std::vector<Band> bands;
    bands.push_back(pdf::header_band(canvas, header, question_count));
    for (const GeneratedBlock& block : blocks)
        if (!block.questions.empty()) append_block_bands(canvas, block, bands);
    if (answer_key == AnswerKey::Yes) pdf::append_answer_key_bands(canvas, header, blocks, bands);

    const pdf::Pagination pagination = pdf::paginate(bands, kFrame);
    if (pagination.page_count > kMaxWorksheetPages)
        return Error::invalid("This worksheet would print " + std::to_string(pagination.page_count) +
                              " pages; at most " + std::to_string(kMaxWorksheetPages) +
                              " fit in one PDF. Split it into several worksheets.");
    draw_pages(canvas, *document, header, bands, pagination);
    return document->finish();
}

}  // namespace anzan::papers
