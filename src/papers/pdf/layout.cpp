#include "papers/pdf/layout.hpp"

namespace anzan::papers::pdf {

double later_page_capacity(PageFrame frame) { return frame.bottom - frame.later_page_top; }

Pagination paginate(std::span<const Band> bands, PageFrame frame) {
    Pagination result;
    int page = 0;
    double top = frame.first_page_top;
    bool page_is_empty = true;
    for (std::size_t band_idx = 0; band_idx < bands.size(); ++band_idx) {
        const Band& band = bands[band_idx];
        double needed = band.height;
        // Only the next band's own height counts: chains of headings are not a thing here.
        if (band.keep_with_next == KeepWithNext::Yes && band_idx + 1 < bands.size())
            needed += bands[band_idx + 1].height;
        const bool wants_break = band.break_before == BreakBefore::NewPage;
        const bool does_not_fit = top + needed > frame.bottom;
        if (!page_is_empty && (wants_break || does_not_fit)) {
            ++page;
            top = frame.later_page_top;
            page_is_empty = true;
        }
        result.placements.push_back({band_idx, page, top});
        top += band.height;
        page_is_empty = false;
    }
    result.page_count = page + 1;
    return result;
}

}  // namespace anzan::papers::pdf
