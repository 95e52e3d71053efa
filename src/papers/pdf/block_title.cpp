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

constexpr double kTitleSize = 12.0;
constexpr double kTitleHeight = 20.0;
constexpr double kSpaceAbove = 8.0;
constexpr double kSpaceBelow = 6.0;

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

Band block_title_band(std::string heading) {
    Band band;
    band.height = kSpaceAbove + kTitleHeight + kSpaceBelow;
    band.keep_with_next = KeepWithNext::Yes;
    band.draw = [heading = std::move(heading)](Canvas& canvas, double top) {
        const double y = top + kSpaceAbove;
        // A short accent bar marks where a section starts when a teacher scans the page.
        canvas.fill_rect({kMarginLeft, y + 3, 3.5, kTitleHeight - 6}, kAccent);
        canvas.text(heading, {kTitleSize, Weight::Bold},
                    {kMarginLeft + 10, y, kContentWidth - 10, kTitleHeight}, Align::Left, kInk);
        canvas.line(kMarginLeft, y + kTitleHeight + 1.5, kMarginLeft + kContentWidth, y + kTitleHeight + 1.5,
                    0.5, kRule);
    };
    return band;
}

}  // namespace anzan::papers::pdf
