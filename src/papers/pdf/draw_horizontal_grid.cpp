#include "papers/pdf/draw_horizontal_grid.hpp"

#include <algorithm>
#include <array>
#include <memory>
#include <string>

#include "papers/pdf/canvas.hpp"
#include "papers/pdf/question_text.hpp"

namespace anzan::papers::pdf {
namespace {

constexpr Font kLabelFont{kBodySize, Weight::Bold};
constexpr double kColumnGap = 22.0;
constexpr double kCellWidth = (kContentWidth - kColumnGap) / 2;
constexpr double kLineHeight = 16.0;
// Room to write a long answer by hand.
constexpr double kMinAnswerWidth = 64.0;
constexpr double kAnswerGap = 6.0;
constexpr double kRowPadding = 12.0;
// Shrinking further than this reads worse than wrapping.
constexpr double kMinShrunkSize = 9.0;

struct Cell {
    const Question* question = nullptr;
    std::string label;  // "12)"
    std::string text;
    double font_size = kBodySize;
    double text_width = 0;    // when on one line
    double text_height = 0;   // when wrapped
    bool wraps = false;
};

struct GridRow {
    std::array<Cell, 2> cells;
    int cell_count = 0;
    double label_width = 0;
    double height = 0;
};

double cell_height(const Cell& cell) {
    // A wrapped text puts its answer line on a line of its own.
    return cell.wraps ? cell.text_height + kLineHeight : kLineHeight;
}

Cell plan_cell(Canvas& canvas, const Question& question, double text_area) {
    Cell cell{&question, std::to_string(question.id) + ")", one_line_text(question)};
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
    const double y = top + kRowPadding / 2;
    canvas.text(cell.label, kLabelFont, {x, y, label_width - 4, kLineHeight}, Align::Right,
                kAccent, Overflow::Visible);
    const double text_x = x + label_width + 2;
    const double text_area = kCellWidth - label_width - 2;
    double answer_x = text_x + cell.text_width + kAnswerGap;
    double answer_baseline = y + kLineHeight - 2;
    if (cell.wraps) {
        canvas.wrapped_text(cell.text, {cell.font_size}, {text_x, y, text_area, cell.text_height},
                            Align::Left, kInk);
        answer_x = text_x + text_area - kMinAnswerWidth * 2;
        answer_baseline = y + cell.text_height + kLineHeight - 2;
    } else {
        canvas.text(cell.text, {cell.font_size}, {text_x, y, text_area, kLineHeight}, Align::Left,
                    kInk, Overflow::Visible);
    }
    canvas.line(answer_x, answer_baseline, x + kCellWidth, answer_baseline, 0.6, kRule);
}

}  // namespace

void append_horizontal_grid_bands(Canvas& canvas, std::span<const Question* const> questions,
                                  std::vector<Band>& bands) {
    // Room for at least "888)": blocks of a paper under 1000 questions share one indent, so texts
    // line up in a straight column from block to block.
    double label_width = canvas.measure("888)", kLabelFont).width;
    for (const Question* question : questions)
        label_width = std::max(
            label_width, canvas.measure(std::to_string(question->id) + ")", kLabelFont).width);
    label_width += 6;
    const double text_area = kCellWidth - label_width - 2;

    for (std::size_t first = 0; first < questions.size(); first += 2) {
        auto row = std::make_shared<GridRow>();
        row->label_width = label_width;
        for (std::size_t idx = first; idx < std::min(questions.size(), first + 2); ++idx)
            row->cells[row->cell_count++] = plan_cell(canvas, *questions[idx], text_area);
        double content = 0;
        for (int cell_idx = 0; cell_idx < row->cell_count; ++cell_idx)
            content = std::max(content, cell_height(row->cells[cell_idx]));
        row->height = content + kRowPadding;
        Band band;
        band.height = row->height;
        band.draw = [row](Canvas& canvas, double top) {
            for (int cell_idx = 0; cell_idx < row->cell_count; ++cell_idx)
                draw_cell(canvas, row->cells[cell_idx], row->label_width,
                          kMarginLeft + cell_idx * (kCellWidth + kColumnGap), top);
        };
        bands.push_back(std::move(band));
    }
}

}  // namespace anzan::papers::pdf
