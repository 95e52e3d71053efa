// Page metrics, type sizes and colours shared by every part of the worksheet. Units are PostScript
// points (1/72 inch), the unit of cairo's PDF surface; y grows downwards from the page's top edge.
#pragma once

namespace anzan::papers::pdf {

// A4: 210 mm × 297 mm.
constexpr double kPageWidth = 595.2756;
constexpr double kPageHeight = 841.8898;

// 15 mm at the sides: inside the unprintable edge of common office printers.
constexpr double kMarginLeft = 42.5;
constexpr double kMarginRight = 42.5;
constexpr double kMarginTop = 36.0;
// Leaves room for the "Page X of Y" footer below the content.
constexpr double kMarginBottom = 52.0;
constexpr double kContentWidth = kPageWidth - kMarginLeft - kMarginRight;
constexpr double kContentBottom = kPageHeight - kMarginBottom;
constexpr double kFooterBaselineFromBottom = 26.0;
// Pages after the first repeat the title in a small running header of this height.
constexpr double kRunningHeaderHeight = 26.0;

constexpr const char* kFontFamily = "DejaVu Sans";

// Type sizes. Below kMinReadableSize a child cannot read a printed digit reliably, so layouts
// reduce columns rather than go smaller (only absurd inputs shrink further).
constexpr double kBodySize = 11.0;
constexpr double kMinReadableSize = 7.0;

struct Rgb {
    double red;
    double green;
    double blue;
};

constexpr Rgb kInk{0.07, 0.09, 0.15};
constexpr Rgb kMutedInk{0.35, 0.38, 0.45};
constexpr Rgb kAccent{0.12, 0.25, 0.62};
constexpr Rgb kRule{0.55, 0.58, 0.63};
constexpr Rgb kGrid{0.25, 0.27, 0.32};
constexpr Rgb kShade{0.91, 0.93, 0.97};

}  // namespace anzan::papers::pdf
