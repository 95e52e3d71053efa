// The reset's console transcript: the exact lines of the user's DATABASE_RESET_GUIDE.md (banner,
// warning, prompt, numbered steps, commit and final banner), with the real counts filled in, plus
// Anzan's own lines (scope, backup, season, dry run) that go between them, never instead of them.
// Pure: builds strings, prints nothing. Thread-safe.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "seasons/types.hpp"

namespace anzan::seasons::console {

inline constexpr std::string_view kConfirmPrompt = "Type 'RESET' to confirm: ";
inline constexpr std::string_view kConfirmWord = "RESET";

// "====…" (60 characters), the guide's rule.
std::string rule();
// The title banner and the warning with its bullet list, ending with a blank line; a scope line is
// added after the list when the reset does not cover everyone.
std::vector<std::string> banner_lines(const ResetScope& scope);
// True only for exactly "RESET" (a trailing carriage return from a Windows terminal is ignored).
bool is_confirmed(std::string_view answer);
std::vector<std::string> cancelled_lines();
// "🔄 Starting database reset...", the rule and a blank line.
std::vector<std::string> start_lines();
// Backup and season lines (Anzan's additions), printed after the reset's work is done.
std::vector<std::string> backup_lines(const ResetSummary& summary);
// Steps 1 to 5 of the guide with the counts, each followed by a blank line.
std::vector<std::string> step_lines(const ResetSummary& summary);
std::vector<std::string> season_lines(const ResetSummary& summary);
std::vector<std::string> committing_lines();  // "💾 Committing changes to database..."
std::vector<std::string> committed_lines();   // "   ✅ All changes committed successfully!" and a blank
std::vector<std::string> final_lines();       // the closing banner
// What a dry run would do; says plainly that nothing changed.
std::vector<std::string> dry_run_lines(const ResetSummary& summary);
std::vector<std::string> failed_lines(std::string_view reason);

}  // namespace anzan::seasons::console
