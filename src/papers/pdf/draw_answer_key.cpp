#include "papers/pdf/draw_answer_key.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>

#include "papers/pdf/block_title.hpp"
#include "papers/pdf/canvas.hpp"

namespace anzan::papers::pdf {
namespace {

constexpr Font kHeadingFont{16.0, Weight::Bold};
constexpr Font kSubheadingFont{10.0, Weight::Regular};
constexpr Font kKeyLabelFont{10.0, Weight::Bold};
constexpr Font kAnswerFont{10.5, Weight::Regular};
constexpr double kEntryHeight = 17.0;
// Least space between an answer and the next entry's number.
constexpr double kEntryGap = 5.0;
constexpr double kLabelGap = 5.0;
constexpr int kColumns = 5;
constexpr double kColumnWidth = kContentWidth / kColumns;

// One answer in the key's grid: a long answer spans several of the grid's columns, so a single
// 60-digit product does not push every other answer of its block into one column.
struct Entry {
    const Question* question = nullptr;
    int first_column = 0;
    int span = 1;
    double answer_size = kAnswerFont.size;
};

struct EntryRow {
    std::vector<Entry> entries;
    double label_width = 0;
};

Band heading_band(const WorksheetHeader& header) {
    Band band;
    band.height = 46;
    band.break_before = BreakBefore::NewPage;
    band.keep_with_next = KeepWithNext::Yes;
    band.draw = [&header](Canvas& canvas, double top) {
        canvas.text("Answer key", kHeadingFont, {kMarginLeft, top, kContentWidth, 24}, Align::Center, kInk);
        canvas.text(header.title, kSubheadingFont, {kMarginLeft, top + 24, kContentWidth, 14}, Align::Center,
                    kMutedInk);
    };
    return band;
}

void draw_entries(Canvas& canvas, const EntryRow& row, double top) {
    for (const Entry& entry : row.entries) {
        const double x = kMarginLeft + entry.first_column * kColumnWidth;
        const double answer_x = x + row.label_width + kLabelGap;
        canvas.text(std::to_string(entry.question->id) + ")", kKeyLabelFont,
                    {x, top, row.label_width, kEntryHeight}, Align::Right, kAccent, Overflow::Visible);
        canvas.text(entry.question->answer, {entry.answer_size, Weight::Regular},
                    {answer_x, top, entry.span * kColumnWidth - row.label_width - kLabelGap, kEntryHeight},
                    Align::Left, kInk, Overflow::Visible);
    }
}

void push_row(std::shared_ptr<EntryRow> row, std::vector<Band>& bands) {
    Band band;
    band.height = kEntryHeight;
    band.draw = [row = std::move(row)](Canvas& canvas, double top) { draw_entries(canvas, *row, top); };
    bands.push_back(std::move(band));
}

void append_block_entries(Canvas& canvas, const GeneratedBlock& block, std::vector<Band>& bands) {
    // Room for at least "888)", as in the question grid: one indent for every block.
    double label_width = canvas.measure("888)", kKeyLabelFont).width;
    for (const Question& question : block.questions)
        label_width =
            std::max(label_width, canvas.measure(std::to_string(question.id) + ")", kKeyLabelFont).width);

    auto row = std::make_shared<EntryRow>();
    row->label_width = label_width;
    int next_column = 0;
    for (const Question& question : block.questions) {
        const double answer_width = canvas.measure(question.answer, kAnswerFont).width;
        const double needed = label_width + kLabelGap + answer_width + kEntryGap;
        const int span = std::clamp(static_cast<int>(std::ceil(needed / kColumnWidth)), 1, kColumns);
        if (next_column + span > kColumns) {
            push_row(std::move(row), bands);
            row = std::make_shared<EntryRow>();
            row->label_width = label_width;
            next_column = 0;
        }
        Entry entry{&question, next_column, span, kAnswerFont.size};
        // Only an answer longer than a whole line shrinks; its digits are never cut.
        const double room = kContentWidth - label_width - kLabelGap;
        if (answer_width > room) entry.answer_size = kAnswerFont.size * room / answer_width * 0.98;
        row->entries.push_back(entry);
        next_column += span;
    }
    if (!row->entries.empty()) push_row(std::move(row), bands);
}

}  // namespace

void append_answer_key_bands(Canvas& canvas, const WorksheetHeader& header,
                             std::span<const GeneratedBlock> blocks, std::vector<Band>& bands) {
    bands.push_back(heading_band(header));
    for (const GeneratedBlock& block : blocks) {
        if (block.questions.empty()) continue;
        bands.push_back(block_title_band(block_heading(block.config), TitleStyle::Compact));
        append_block_entries(canvas, block, bands);
    }
}

}  // namespace anzan::papers::pdf
