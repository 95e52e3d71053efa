#include "papers/pdf/canvas.hpp"

#include <algorithm>
#include <string>

#include "platform/text.hpp"

namespace anzan::papers::pdf {
namespace {

double to_points(int pango_units) { return static_cast<double>(pango_units) / PANGO_SCALE; }
int to_pango(double points) { return static_cast<int>(points * PANGO_SCALE); }

PangoAlignment pango_alignment(Align align) {
    switch (align) {
        case Align::Left:
            return PANGO_ALIGN_LEFT;
        case Align::Center:
            return PANGO_ALIGN_CENTER;
        case Align::Right:
            return PANGO_ALIGN_RIGHT;
    }
    return PANGO_ALIGN_LEFT;
}

void set_source(cairo_t* cairo, Rgb color) {
    cairo_set_source_rgb(cairo, color.red, color.green, color.blue);
}

}  // namespace

Canvas::Canvas(cairo_t* cairo)
    : cairo_(cairo),
      context_(pango_cairo_create_context(cairo)),
      layout_(pango_layout_new(context_)),
      font_(pango_font_description_new()) {
    pango_font_description_set_family_static(font_, kFontFamily);
    // Pango assumes a 96 dpi screen; the PDF surface's unit is the point (72 per inch), so without
    // this every "11 pt" would print at 14.7 pt.
    pango_cairo_context_set_resolution(context_, 72.0);
}

Canvas::~Canvas() {
    pango_font_description_free(font_);
    g_object_unref(layout_);
    g_object_unref(context_);
}

PangoLayout* Canvas::prepare(std::string_view text, Font font) {
    // Text comes from teachers and the generator; Pango rejects invalid UTF-8 (and would print
    // nothing), so repair it, noncharacters and controls included, instead of losing the string.
    if (is_printable_text(text)) {
        pango_layout_set_text(layout_, text.data(), static_cast<int>(text.size()));
    } else {
        const std::string printable = printable_text(text);
        pango_layout_set_text(layout_, printable.data(), static_cast<int>(printable.size()));
    }
    pango_font_description_set_size(font_, to_pango(font.size));
    pango_font_description_set_weight(font_,
                                      font.weight == Weight::Bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(layout_, font_);
    pango_layout_set_width(layout_, -1);
    pango_layout_set_height(layout_, -1);
    pango_layout_set_ellipsize(layout_, PANGO_ELLIPSIZE_NONE);
    pango_layout_set_wrap(layout_, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout_, PANGO_ALIGN_LEFT);
    return layout_;
}

TextSize Canvas::measure(std::string_view text, Font font) {
    PangoLayout* layout = prepare(text, font);
    int width = 0;
    int height = 0;
    pango_layout_get_size(layout, &width, &height);
    return {to_points(width), to_points(height)};
}

double Canvas::wrapped_height(std::string_view text, Font font, double width, int max_lines) {
    PangoLayout* layout = prepare(text, font);
    pango_layout_set_width(layout, to_pango(width));
    if (max_lines > 0) {
        pango_layout_set_height(layout, -max_lines);
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    }
    int pango_width = 0;
    int height = 0;
    pango_layout_get_size(layout, &pango_width, &height);
    return to_points(height);
}

double Canvas::fitting_size(std::string_view text, Font font, double width, double min_size) {
    const double natural = measure(text, font).width;
    if (natural <= width) return font.size;
    // Glyph advances scale linearly with the size (PDF output has no hinting); the small margin
    // absorbs rounding to Pango units.
    const double scaled = font.size * width / natural * 0.995;
    return std::max(min_size, scaled);
}

void Canvas::text(std::string_view text, Font font, Box box, Align align, Rgb color, Overflow overflow) {
    PangoLayout* layout = prepare(text, font);
    if (overflow == Overflow::Ellipsize) {
        pango_layout_set_width(layout, to_pango(box.width));
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
        pango_layout_set_alignment(layout, pango_alignment(align));
    }
    int width = 0;
    int height = 0;
    pango_layout_get_size(layout, &width, &height);
    double x = box.x;
    if (overflow == Overflow::Visible) {
        // Aligned by hand: with no layout width, Pango's alignment has nothing to align within.
        if (align == Align::Center) x += (box.width - to_points(width)) / 2;
        if (align == Align::Right) x += box.width - to_points(width);
    }
    set_source(cairo_, color);
    cairo_move_to(cairo_, x, box.y + (box.height - to_points(height)) / 2);
    pango_cairo_show_layout(cairo_, layout);
}

void Canvas::wrapped_text(std::string_view text, Font font, Box box, Align align, Rgb color, int max_lines) {
    PangoLayout* layout = prepare(text, font);
    pango_layout_set_width(layout, to_pango(box.width));
    pango_layout_set_alignment(layout, pango_alignment(align));
    if (max_lines > 0) {
        // A negative height is a line count for Pango: the last line is ellipsized.
        pango_layout_set_height(layout, -max_lines);
        pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    }
    set_source(cairo_, color);
    cairo_move_to(cairo_, box.x, box.y);
    pango_cairo_show_layout(cairo_, layout);
}

void Canvas::line(double x0, double y0, double x1, double y1, double width, Rgb color) {
    set_source(cairo_, color);
    cairo_set_line_width(cairo_, width);
    cairo_move_to(cairo_, x0, y0);
    cairo_line_to(cairo_, x1, y1);
    cairo_stroke(cairo_);
}

void Canvas::stroke_rect(Box box, double width, Rgb color) {
    set_source(cairo_, color);
    cairo_set_line_width(cairo_, width);
    cairo_rectangle(cairo_, box.x, box.y, box.width, box.height);
    cairo_stroke(cairo_);
}

void Canvas::fill_rect(Box box, Rgb color) {
    set_source(cairo_, color);
    cairo_rectangle(cairo_, box.x, box.y, box.width, box.height);
    cairo_fill(cairo_);
}

}  // namespace anzan::papers::pdf
