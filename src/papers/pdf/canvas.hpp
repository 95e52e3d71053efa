// Canvas: the few drawing operations the worksheet needs (text in a box, lines, rectangles) over a
// cairo context, with text set by Pango so it stays real, selectable text in the PDF.
// One Canvas per render; not shared between threads.
#pragma once
#include <cairo.h>
#include <pango/pangocairo.h>

#include <string_view>

#include "papers/pdf/page_geometry.hpp"

namespace anzan::papers::pdf {

enum class Weight { Regular, Bold };
enum class Align { Left, Center, Right };
// What to do with a single line wider than its box: numbers must never lose digits to an
// ellipsis, so callers that print them shrink the font first and ask for Visible.
enum class Overflow { Ellipsize, Visible };

struct Font {
    double size = kBodySize;
    Weight weight = Weight::Regular;
};

struct Box {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
};

struct TextSize {
    double width = 0;
    double height = 0;
};

class Canvas {
  public:
    // REQUIRES: `cairo` outlives the Canvas and is not transformed while it is in use.
    explicit Canvas(cairo_t* cairo);
    ~Canvas();
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;

    // Extent of `text` set on one line.
    TextSize measure(std::string_view text, Font font);
    // Height of `text` wrapped (at spaces, else between characters) to `width`, at most
    // `max_lines` lines (0: unlimited), as wrapped_text would draw it.
    double wrapped_height(std::string_view text, Font font, double width, int max_lines = 0);
    // The largest size <= font.size, at most down to `min_size`, at which `text` fits on one line
    // of `width`. Returns `min_size` when even that is too wide.
    double fitting_size(std::string_view text, Font font, double width, double min_size);

    // One line of text, vertically centred in `box`.
    void text(std::string_view text, Font font, Box box, Align align, Rgb color,
              Overflow overflow = Overflow::Ellipsize);
    // Text wrapped to box.width, starting at the box's top; at most `max_lines` lines (the last
    // one ellipsized), or unlimited when max_lines is 0.
    void wrapped_text(std::string_view text, Font font, Box box, Align align, Rgb color, int max_lines = 0);
    void line(double x0, double y0, double x1, double y1, double width, Rgb color);
    void stroke_rect(Box box, double width, Rgb color);
    void fill_rect(Box box, Rgb color);

  private:
    // Points the shared layout at `text` and `font` and clears width, wrapping and ellipsizing.
    PangoLayout* prepare(std::string_view text, Font font);

    cairo_t* cairo_;
    PangoContext* context_;
    // One layout reused for every string: creating a layout per string costs more than setting
    // all of them.
    PangoLayout* layout_;
    PangoFontDescription* font_;
};

}  // namespace anzan::papers::pdf
