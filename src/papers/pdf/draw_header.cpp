#include "papers/pdf/draw_header.hpp"

#include <string>

#include "papers/pdf/canvas.hpp"

namespace anzan::papers::pdf {
namespace {

constexpr Font kAcademyFont{10.5, Weight::Bold};
constexpr Font kTitleFont{18.0, Weight::Bold};
constexpr Font kLevelFont{11.0, Weight::Regular};
constexpr Font kFieldLabelFont{10.0, Weight::Bold};
constexpr double kHeaderLineHeight = 17.0;
constexpr double kFieldRowHeight = 30.0;
constexpr double kFieldPadding = 10.0;
constexpr double kGapAboveFields = 10.0;
constexpr double kGapBelowHeader = 12.0;
// Long titles wrap once, then end in an ellipsis: a header must leave room for questions.
constexpr int kTitleMaxLines = 2;

// A label with a line to write on after it, filling [x, x + width).
void draw_field(Canvas& canvas, std::string_view label, double x, double y, double width) {
    const double label_width = canvas.measure(label, kFieldLabelFont).width;
    canvas.text(label, kFieldLabelFont, {x, y, label_width + 1, kFieldRowHeight}, Align::Left, kInk,
                Overflow::Visible);
    const double baseline = y + kFieldRowHeight * 0.72;
    canvas.line(x + label_width + 6, baseline, x + width - 14, baseline, 0.6, kRule);
}

void draw_fields(Canvas& canvas, double top, int question_count) {
    const Box box{kMarginLeft, top, kContentWidth, 2 * kFieldRowHeight};
    canvas.stroke_rect(box, 0.75, kGrid);
    canvas.line(box.x, top + kFieldRowHeight, box.x + box.width, top + kFieldRowHeight, 0.4, kRule);
    const double inner_x = box.x + kFieldPadding;
    const double inner_width = box.width - 2 * kFieldPadding;

    const double name_width = inner_width * 0.64;
    draw_field(canvas, "Name", inner_x, top, name_width);
    draw_field(canvas, "Date", inner_x + name_width, top, inner_width - name_width);

    const double second_row = top + kFieldRowHeight;
    const double third = inner_width / 3;
    draw_field(canvas, "Start time", inner_x, second_row, third);
    draw_field(canvas, "Stop time", inner_x + third, second_row, third);
    // "Marks ____ / 40": the blank is for the score, out of one mark per question.
    const std::string out_of = "/ " + std::to_string(question_count);
    const double out_of_width = canvas.measure(out_of, kFieldLabelFont).width;
    draw_field(canvas, "Marks", inner_x + 2 * third, second_row, third - out_of_width - 4);
    canvas.text(out_of, kFieldLabelFont,
                {inner_x + inner_width - out_of_width - 4, second_row, out_of_width + 4, kFieldRowHeight},
                Align::Right, kInk, Overflow::Visible);
}

}  // namespace

Band header_band(Canvas& canvas, const WorksheetHeader& header, int question_count) {
    const double title_height =
        canvas.wrapped_height(header.title, kTitleFont, kContentWidth, kTitleMaxLines);
    const double academy_height = header.academy_name.empty() ? 0 : kHeaderLineHeight;
    const double level_height = header.level.empty() ? 0 : kHeaderLineHeight;
    const double fields_top = academy_height + title_height + level_height + kGapAboveFields;

    Band band;
    band.height = fields_top + 2 * kFieldRowHeight + kGapBelowHeader;
    band.draw = [header, question_count, academy_height, title_height, fields_top](Canvas& canvas,
                                                                                   double top) {
        if (!header.academy_name.empty())
            canvas.text(header.academy_name, kAcademyFont, {kMarginLeft, top, kContentWidth, kHeaderLineHeight},
                        Align::Center, kAccent);
        canvas.wrapped_text(header.title, kTitleFont,
                            {kMarginLeft, top + academy_height, kContentWidth, title_height}, Align::Center,
                            kInk, kTitleMaxLines);
        if (!header.level.empty())
            canvas.text("Level: " + header.level, kLevelFont,
                        {kMarginLeft, top + academy_height + title_height, kContentWidth, kHeaderLineHeight},
                        Align::Center, kMutedInk);
        draw_fields(canvas, top + fields_top, question_count);
    };
    return band;
}

void draw_running_header(Canvas& canvas, const WorksheetHeader& header) {
    constexpr Font kRunningFont{8.5, Weight::Regular};
    const double height = kRunningHeaderHeight - 10;
    const double half = kContentWidth / 2;
    std::string left = header.title;
    // "Advanced · Advanced" reads as a mistake: the level only when the title lacks it.
    if (!header.level.empty() && header.title.find(header.level) == std::string::npos)
        left += " · " + header.level;
    canvas.text(left, kRunningFont, {kMarginLeft, kMarginTop, half + 60, height}, Align::Left, kMutedInk);
    canvas.text(header.academy_name, kRunningFont, {kMarginLeft + half + 70, kMarginTop, half - 70, height},
                Align::Right, kMutedInk);
    canvas.line(kMarginLeft, kMarginTop + height + 2, kMarginLeft + kContentWidth, kMarginTop + height + 2,
                0.4, kRule);
}

void draw_footer(Canvas& canvas, int page, int page_count) {
    constexpr Font kFooterFont{9.0, Weight::Bold};
    const std::string text = "Page " + std::to_string(page) + " of " + std::to_string(page_count);
    canvas.text(text, kFooterFont,
                {kMarginLeft, kPageHeight - kFooterBaselineFromBottom - 12, kContentWidth, 14}, Align::Center,
                kMutedInk);
}

}  // namespace anzan::papers::pdf
