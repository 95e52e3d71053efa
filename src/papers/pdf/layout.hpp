// Pagination of the worksheet. Everything on a page is a Band: a full-width strip of known height
// that draws itself. Layout is two passes: measure every band, place them on pages (this file), then
// draw page by page with the page count known, for the "Page X of Y" footer.
// Pure: no cairo here, so page breaking is testable on made-up heights.
#pragma once
#include <cstddef>
#include <functional>
#include <span>
#include <vector>

namespace anzan::papers::pdf {

class Canvas;

enum class BreakBefore { No, NewPage };
// A heading keeps with the band after it, so it never ends a page alone.
enum class KeepWithNext { No, Yes };

struct Band {
    // Includes the space below the band's drawing, so bands stack without extra gaps.
    double height = 0;
    BreakBefore break_before = BreakBefore::No;
    KeepWithNext keep_with_next = KeepWithNext::No;
    // Draws the band with its top edge at `top` (points from the page's top edge).
    std::function<void(Canvas&, double top)> draw;
};

// Where bands may go: the first page's content starts higher (no running header there).
struct PageFrame {
    double first_page_top = 0;
    double later_page_top = 0;
    double bottom = 0;
};

struct Placement {
    std::size_t band = 0;  // index into the bands
    int page = 0;          // 0-based
    double top = 0;
};

struct Pagination {
    std::vector<Placement> placements;  // in band order
    int page_count = 0;
};

// Places bands in order, starting a new page when a band (with its keep-with-next successor) does
// not fit, or when it asks for a break. A band taller than a whole page starts a page and
// overflows it; callers size bands to avoid that. An empty list gives one empty page.
Pagination paginate(std::span<const Band> bands, PageFrame frame);

// Space on a page after the running header: the tallest band that can never overflow.
double later_page_capacity(PageFrame frame);

}  // namespace anzan::papers::pdf
