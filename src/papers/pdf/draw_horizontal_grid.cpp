#include "papers/pdf/draw_horizontal_grid.hpp"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "papers/pdf/canvas.hpp"
#include "papers/pdf/question_text.hpp"

namespace anzan::papers::pdf {
namespace {

constexpr Font kQuestionLabelFont{kBodySize, Weight::Bold};
constexpr double kColumnGap = 22.0;
constexpr double kHalfWidth = (kContentWidth - kColumnGap) / 2;
constexpr double kGridLineHeight = 16.0;
// Room to write a long answer by hand.
constexpr double kMinAnswerWidth = 64.0;
constexpr double kAnswerGap = 6.0;
constexpr double kGridRowPadding = 12.0;
// Shrinking further than this reads worse than wrapping.
constexpr double kMinShrunkSize = 9.0;

struct Cell {
    const Question* question = nullptr;
    std::string label;  // "12)"
    std::string text;
    double width = kHalfWidth;
    double font_size = kBodySize;
    double text_width = 0;   // when on one line
    double text_height = 0;  // when wrapped
    bool wraps = false;
};

// One or two cells side by side; a long question has a row to itself.
struct GridRow {
    std::vector<Cell> cells;
    double label_width = 0;
};

double cell_height(const Cell& cell) {
    // A wrapped text puts its answer line on a line of its own.
    return cell.wraps ? cell.text_height + kGridLineHeight : kGridLineHeight;
}

Cell plan_cell(Canvas& canvas, const Question& question, double label_width, double width) {
    Cell cell{&question, std::to_string(question.id) + ")", one_line_text(question), width};
    const double text_area = width - label_width - 2;
    const double room = text_area - kAnswerGap - kMinAnswerWidth;
    cell.font_size = canvas.fitting_size(cell.text, {kBodySize}, room, kMinShrunkSize);
    cell.text_width = canvas.measure(cell.text, {cell.font_size}).width;
    if (cell.text_width > room) {
        cell.wraps = true;
        cell.font_size = kBodySize;
        cell.text_height = canvas.wrapped_height(cell.text, {kBodySize}, text_area);
    }
    return cell;
}

void draw_cell(Canvas& canvas, const Cell& cell, double label_width, double x, double top) {
    const double y = top + kGridRowPadding / 2;
    canvas.text(cell.label, kQuestionLabelFont, {x, y, label_width - 4, kGridLineHeight}, Align::Right, kAccent,
                Overflow::Visible);
    const double text_x = x + label_width + 2;
    const double text_area = cell.width - label_width - 2;
    double answer_x = text_x + cell.text_width + kAnswerGap;
    double answer_baseline = y + kGridLineHeight - 2;
    if (cell.wraps) {
        canvas.wrapped_text(cell.text, {cell.font_size}, {text_x, y, text_area, cell.text_height},
                            Align::Left, kInk);
        answer_x = std::max(text_x, x + cell.width - 2 * kMinAnswerWidth);
        answer_baseline = y + cell.text_height + kGridLineHeight - 2;
    } else {
        canvas.text(cell.text, {cell.font_size}, {text_x, y, text_area, kGridLineHeight}, Align::Left, kInk,
                    Overflow::Visible);
    }
    canvas.line(answer_x, answer_baseline, x + cell.width, answer_baseline, 0.6, kRule);
}

void push_row(std::shared_ptr<GridRow> row, std::vector<Band>& bands) {
    double content = 0;
    for (const Cell& cell : row->cells) content = std::max(content, cell_height(cell));
    Band band;
    band.height = content + kGridRowPadding;
    band.draw = [row = std::move(row)](Canvas& canvas, double top) {
        for (std::size_t cell_idx = 0; cell_idx < row->cells.size(); ++cell_idx)
            draw_cell(canvas, row->cells[cell_idx], row->label_width,
                      kMarginLeft + static_cast<double>(cell_idx) * (kHalfWidth + kColumnGap), top);
    };
    bands.push_back(std::move(band));
}

}  // namespace

void append_horizontal_grid_bands(Canvas& canvas, std::span<const Question* const> questions,
                                  std::vector<Band>& bands) {
    // Room for at least "888)": blocks of a paper under 1000 questions share one indent, so texts
    // line up in a straight column from block to block.
    double label_width = canvas.measure("888)", kQuestionLabelFont).width;
    for (const Question* question : questions)
        label_width =
            std::max(label_width, canvas.measure(std::to_string(question->id) + ")", kQuestionLabelFont).width);
    label_width += 6;

    auto pending = std::make_shared<GridRow>();
    pending->label_width = label_width;
    auto flush = [&] {
        if (pending->cells.empty()) return;
        push_row(std::move(pending), bands);
        pending = std::make_shared<GridRow>();
        pending->label_width = label_width;
    };
    for (const Question* question : questions) {
        Cell cell = plan_cell(canvas, *question, label_width, kHalfWidth);
        if (cell.wraps) {
            // Too long for half the page even a little smaller: the whole width, in order.
            flush();
            pending->cells.push_back(plan_cell(canvas, *question, label_width, kContentWidth));
            flush();
            continue;
        }
        pending->cells.push_back(std::move(cell));
        if (pending->cells.size() == 2) flush();
    }
    flush();
}

}  // namespace anzan::papers::pdf
