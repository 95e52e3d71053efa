#include "papers/pdf/draw_vertical_table.hpp"

#include <algorithm>
#include <memory>
#include <string>

#include "papers/pdf/canvas.hpp"
#include "papers/pdf/question_text.hpp"

namespace anzan::papers::pdf {
namespace {

constexpr Font kNumberFont{9.5, Weight::Bold};
constexpr double kNumberRowHeight = 17.0;
constexpr double kRowHeight = 17.5;
// Sums of many rows (up to 30 in legacy presets) sit tighter so that one fits under the first
// page's header instead of leaving that page empty.
constexpr int kTallSumRows = 15;
constexpr double kTallRowHeight = 16.0;
constexpr double kTableRowPadding = 5.0;
constexpr double kAnswerRowHeight = 28.0;
constexpr double kSpaceBelow = 10.0;
constexpr double kSignInset = 4.0;
constexpr double kSignGap = 3.0;
constexpr double kNumberInset = 5.0;
// A little larger than body text: children copy these digits onto their abacus.
constexpr double kStackedSize = 12.0;

struct Column {
    const Question* question = nullptr;
    std::vector<StackedRow> rows;
    double font_size = kStackedSize;
};

// One row of the table: up to `columns` questions side by side.
struct TableRow {
    std::vector<Column> columns;
    double cell_width = 0;
    double row_height = kRowHeight;
    int operand_rows = 0;
};

double table_height(const TableRow& table) {
    return kNumberRowHeight + 2 * kTableRowPadding + table.operand_rows * table.row_height + kAnswerRowHeight;
}

void draw_column(Canvas& canvas, const TableRow& table, const Column& column, double x, double top) {
    canvas.fill_rect({x, top, table.cell_width, kNumberRowHeight}, kShade);
    canvas.text(std::to_string(column.question->id), kNumberFont,
                {x, top, table.cell_width, kNumberRowHeight}, Align::Center, kAccent);
    const Font font{column.font_size, Weight::Regular};
    double y = top + kNumberRowHeight + kTableRowPadding;
    for (const StackedRow& row : column.rows) {
        const Box box{x + kSignInset, y, table.cell_width - kSignInset - kNumberInset, table.row_height};
        if (!row.sign.empty()) canvas.text(row.sign, font, box, Align::Left, kAccent, Overflow::Visible);
        canvas.text(row.number, font, box, Align::Right, kInk, Overflow::Visible);
        y += table.row_height;
    }
    // The sum line a child writes the answer under.
    const double rule_y = top + table_height(table) - kAnswerRowHeight;
    canvas.line(x + kSignInset, rule_y, x + table.cell_width - kSignInset, rule_y, 1.1, kInk);
}

void draw_table(Canvas& canvas, const TableRow& table, double top) {
    const double width = table.cell_width * static_cast<double>(table.columns.size());
    const double height = table_height(table);
    for (std::size_t column_idx = 0; column_idx < table.columns.size(); ++column_idx)
        draw_column(canvas, table, table.columns[column_idx],
                    kMarginLeft + table.cell_width * static_cast<double>(column_idx), top);
    for (std::size_t column_idx = 1; column_idx < table.columns.size(); ++column_idx) {
        const double x = kMarginLeft + table.cell_width * static_cast<double>(column_idx);
        canvas.line(x, top, x, top + height, 0.5, kGrid);
    }
    canvas.line(kMarginLeft, top + kNumberRowHeight, kMarginLeft + width, top + kNumberRowHeight, 0.5, kGrid);
    canvas.stroke_rect({kMarginLeft, top, width, height}, 0.8, kGrid);
}

// Width a column needs for its widest row at `size`.
double needed_width(Canvas& canvas, const std::vector<StackedRow>& rows, double size) {
    const Font font{size, Weight::Regular};
    double widest = 0;
    for (const StackedRow& row : rows) {
        double width = canvas.measure(row.number, font).width;
        if (!row.sign.empty()) width += canvas.measure(row.sign, font).width + kSignGap;
        widest = std::max(widest, width);
    }
    return widest + kSignInset + kNumberInset;
}

int column_count(double widest_at_stacked_size) {
    if (widest_at_stacked_size * kVerticalColumns <= kContentWidth) return kVerticalColumns;
    const double widest_readable = widest_at_stacked_size * kMinReadableSize / kStackedSize;
    const int fitting = static_cast<int>(kContentWidth / widest_readable);
    return std::clamp(fitting, 1, kVerticalColumns);
}

// The size at which the widest column fits its cell; digits are never cut.
double fitting_font_size(double widest_at_stacked_size, double cell_width) {
    if (widest_at_stacked_size <= cell_width) return kStackedSize;
    const double insets = kSignInset + kNumberInset;
    return kStackedSize * (cell_width - insets) / (widest_at_stacked_size - insets) * 0.98;
}

}  // namespace

void append_vertical_table_bands(Canvas& canvas, std::span<const Question* const> questions,
                                 double max_band_height, std::vector<Band>& bands) {
    std::vector<Column> columns;
    double widest = 0;
    for (const Question* question : questions) {
        columns.push_back({question, stacked_rows(*question), kStackedSize});
        widest = std::max(widest, needed_width(canvas, columns.back().rows, kStackedSize));
    }
    const int per_row = column_count(widest);
    const double cell_width = kContentWidth / per_row;
    // One size for the whole block: digits of different sizes side by side look like a mistake.
    const double font_size = fitting_font_size(widest, cell_width);
    for (Column& column : columns) column.font_size = font_size;

    const auto chunk_size = static_cast<std::size_t>(per_row);
    for (std::size_t first = 0; first < columns.size(); first += chunk_size) {
        auto table = std::make_shared<TableRow>();
        const auto chunk =
            std::span<const Column>(columns).subspan(first, std::min(chunk_size, columns.size() - first));
        table->columns.assign(chunk.begin(), chunk.end());
        table->cell_width = cell_width;
        for (const Column& column : table->columns)
            table->operand_rows = std::max(table->operand_rows, static_cast<int>(column.rows.size()));
        if (table->operand_rows > kTallSumRows) table->row_height = kTallRowHeight;
        // Longer sums still get tighter rows (and smaller type) rather than splitting a column.
        const double fixed = table_height(*table) - table->operand_rows * table->row_height;
        const double room = max_band_height - kSpaceBelow - fixed;
        if (table->operand_rows * table->row_height > room) {
            table->row_height = room / table->operand_rows;
            for (Column& column : table->columns)
                column.font_size = std::min(column.font_size, table->row_height * 0.66);
        }
        Band band;
        band.height = table_height(*table) + kSpaceBelow;
        band.draw = [table](Canvas& canvas, double top) { draw_table(canvas, *table, top); };
        bands.push_back(std::move(band));
    }
}

}  // namespace anzan::papers::pdf
