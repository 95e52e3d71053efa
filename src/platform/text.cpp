#include "platform/text.hpp"

#include <cstdint>
#include <optional>

namespace anzan {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

struct Decoded {
    std::uint32_t code = 0;
    std::size_t length = 1;
    bool valid = false;
};

// The code point starting at `i`; `valid` is false for a malformed or overlong sequence.
Decoded decode_at(std::string_view text, std::size_t i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) return {byte, 1, true};
    int extra = 0;
    std::uint32_t code = 0, minimum = 0;
    if ((byte & 0xE0) == 0xC0) { extra = 1; code = byte & 0x1F; minimum = 0x80; }
    else if ((byte & 0xF0) == 0xE0) { extra = 2; code = byte & 0x0F; minimum = 0x800; }
    else if ((byte & 0xF8) == 0xF0) { extra = 3; code = byte & 0x07; minimum = 0x10000; }
    else return {0, 1, false};
    if (i + static_cast<std::size_t>(extra) >= text.size()) return {0, 1, false};
    for (int k = 1; k <= extra; ++k) {
        const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
        if ((next & 0xC0) != 0x80) return {0, 1, false};
        code = (code << 6) | (next & 0x3F);
    }
    const bool valid = code >= minimum && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
    return {code, valid ? static_cast<std::size_t>(extra) + 1 : 1, valid};
}

bool is_printable_code(std::uint32_t code) {
    if (code == '\t' || code == '\n') return true;
    if (code < 0x20 || (code >= 0x7F && code < 0xA0)) return false;  // C0, DEL, C1
    if (code >= 0xFDD0 && code <= 0xFDEF) return false;
    if ((code & 0xFFFE) == 0xFFFE) return false;  // U+xFFFE, U+xFFFF
    return true;
}

}  // namespace

bool is_well_formed_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Decoded decoded = decode_at(text, i);
        if (!decoded.valid) return false;
        i += decoded.length;
    }
    return true;
}

bool is_printable_text(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Decoded decoded = decode_at(text, i);
        if (!decoded.valid || !is_printable_code(decoded.code)) return false;
        i += decoded.length;
    }
    return true;
}

std::string printable_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const Decoded decoded = decode_at(text, i);
        if (decoded.valid && is_printable_code(decoded.code)) out.append(text.substr(i, decoded.length));
        else out.append(kReplacement);
        i += decoded.length;
    }
    return out;
}

}  // namespace anzan
