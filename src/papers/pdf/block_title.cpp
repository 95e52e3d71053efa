#include "papers/pdf/block_title.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <utility>

#include "papers/generator/catalogue.hpp"
#include "papers/pdf/canvas.hpp"

namespace anzan::papers::pdf {
namespace {

struct TitleMetrics {
    double size;
    double height;
    double space_above;
    double space_below;
};

// The answer key repeats every heading above a line or two of answers: smaller there, so the
// key takes fewer sheets.
constexpr TitleMetrics kSectionMetrics{12.0, 20.0, 8.0, 6.0};
constexpr TitleMetrics kCompactMetrics{10.5, 16.0, 6.0, 4.0};

bool is_blank(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

std::string name_from_identifier(std::string_view type) {
    constexpr std::string_view kVedicPrefix = "vedic_";
    if (type.starts_with(kVedicPrefix)) type.remove_prefix(kVedicPrefix.size());
    std::string name(type);
    std::replace(name.begin(), name.end(), '_', ' ');
    if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    return name;
}

}  // namespace

std::string block_heading(const BlockConfig& config) {
    if (config.title.has_value() && !is_blank(*config.title)) return *config.title;
    // The catalogue's label, the name teachers see in the block menu (legacy papers.md §1.3).
    if (const auto* type = gen::find_question_type_spec(config.type)) return std::string(type->label);
    if (is_blank(config.type)) return "Questions";
    return name_from_identifier(config.type);
}

Band block_title_band(std::string heading, TitleStyle style) {
    const TitleMetrics metrics = style == TitleStyle::Section ? kSectionMetrics : kCompactMetrics;
    Band band;
    band.height = metrics.space_above + metrics.height + metrics.space_below;
    band.keep_with_next = KeepWithNext::Yes;
    band.draw = [heading = std::move(heading), metrics](Canvas& canvas, double top) {
        const double y = top + metrics.space_above;
        // A short accent bar marks where a section starts when a teacher scans the page.
        canvas.fill_rect({kMarginLeft, y + 3, 3.5, metrics.height - 6}, kAccent);
        canvas.text(heading, {metrics.size, Weight::Bold},
                    {kMarginLeft + 10, y, kContentWidth - 10, metrics.height}, Align::Left, kInk);
        const double rule_y = y + metrics.height + 1.5;
        canvas.line(kMarginLeft, rule_y, kMarginLeft + kContentWidth, rule_y, 0.5, kRule);
    };
    return band;
}

}  // namespace anzan::papers::pdf
