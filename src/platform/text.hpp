// Text that can be printed: what a PDF, a terminal or a spreadsheet can show without refusing the
// whole document. Pure; safe from any thread.
#pragma once
#include <string>
#include <string_view>

namespace anzan {

// True when `text` is well-formed UTF-8 (RFC 3629: shortest forms only, no surrogates, nothing
// past U+10FFFF).
bool is_well_formed_utf8(std::string_view text);

// True when `text` is well-formed UTF-8 holding no noncharacters (U+FDD0–U+FDEF, U+FFFE and
// U+FFFF in every plane) and no control characters other than tab and newline.
bool is_printable_text(std::string_view text);

// `text` with every malformed byte sequence, noncharacter and control character except tab and
// newline replaced by U+FFFD, so a renderer that rejects them prints the rest.
std::string printable_text(std::string_view text);

}  // namespace anzan
