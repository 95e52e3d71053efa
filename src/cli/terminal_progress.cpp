#include "cli/terminal_progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace anzan::cli {

TerminalProgress::TerminalProgress() : enabled_(isatty(STDERR_FILENO) == 1) {}

void TerminalProgress::step(std::string_view label) {
    if (!enabled_) return;
    std::fprintf(stderr, "\r\033[K⏳ %.*s…", static_cast<int>(label.size()), label.data());
    std::fflush(stderr);
    shown_ = true;
    last_percent_ = -1;
}

void TerminalProgress::pages(long long done, long long total) {
    if (!enabled_ || total <= 0) return;
    const int percent = static_cast<int>(done * 100 / total);
    if (percent == last_percent_) return;
    last_percent_ = percent;
    std::fprintf(stderr, "\r\033[K⏳ copying: %d%%", percent);
    std::fflush(stderr);
    shown_ = true;
}

void TerminalProgress::clear() {
    if (!enabled_ || !shown_) return;
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    shown_ = false;
}

}  // namespace anzan::cli
