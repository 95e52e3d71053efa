#include "papers/pdf/block_title.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <utility>

#include "papers/pdf/canvas.hpp"

namespace anzan::papers::pdf {
namespace {

struct TypeName {
    std::string_view type;
    std::string_view name;
};

// Names teachers use for the types offered in the paper editor (legacy papers.md §1.3); other
// types get a name derived from their identifier.
constexpr std::array kTypeNames{
    TypeName{"addition", "Addition"},
    TypeName{"subtraction", "Subtraction"},
    TypeName{"add_sub", "Addition & Subtraction"},
    TypeName{"multiplication", "Multiplication"},
    TypeName{"division", "Division"},
    TypeName{"direct_add_sub", "Direct Addition & Subtraction"},
    TypeName{"small_friends_add_sub", "Small Friends Addition & Subtraction"},
    TypeName{"big_friends_add_sub", "Big Friends Addition & Subtraction"},
    TypeName{"decimal_add_sub", "Decimal Addition & Subtraction"},
    TypeName{"decimal_multiplication", "Decimal Multiplication"},
    TypeName{"decimal_division", "Decimal Division"},
    TypeName{"integer_add_sub", "Integer Addition & Subtraction"},
    TypeName{"lcm", "LCM"},
    TypeName{"gcd", "GCD"},
    TypeName{"square_root", "Square Root"},
    TypeName{"cube_root", "Cube Root"},
    TypeName{"percentage", "Percentage"},
};

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
    for (const TypeName& entry : kTypeNames)
        if (entry.type == config.type) return std::string(entry.name);
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
