// A one-line progress indicator on stderr for the CLI's long steps (backup, large deletes). Shown
// only when stderr is a terminal, so pipes and logs get nothing but the transcript. Not thread-safe:
// use from the thread running the step.
#pragma once
#include <string_view>

namespace anzan::cli {

class TerminalProgress {
public:
    TerminalProgress();
    ~TerminalProgress() { clear(); }
    // "⏳ deleting attempts…"
    void step(std::string_view label);
    // "⏳ writing the backup: 42%"
    void pages(long long done, long long total);
    // Erases the line (before the transcript continues on stdout).
    void clear();

private:
    bool enabled_ = false;
    bool shown_ = false;
    int last_percent_ = -1;
};

}  // namespace anzan::cli
