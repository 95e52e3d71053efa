// Mapping a request path to a file strictly inside the web folder (web/dist). Two steps, each one
// refusing rather than repairing:
//   1. web_relative_path: the raw, still percent-encoded request path, decoded exactly once, to a
//      relative path made only of plain segments. Pure text; no file system.
//   2. open_web_file: that relative path opened under the canonical web folder, after resolving
//      symlinks and checking the result is still inside it; regular files only.
// Both are safe from any thread.
#pragma once
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace anzan::http {

// The relative path ("assets/app.js", "docs/" for a folder, "" for the root) a request path names,
// or nullopt when it is not a plain path. Refused: a path not starting with '/'; an empty segment
// ('//'); '.' or '..' segments; segments starting or ending with '.'; backslashes; NUL and other
// control bytes; a malformed percent escape; an escape that decodes to '/', '\', '%', NUL or a
// control byte; decoded bytes that are not well-formed UTF-8 (overlong forms, surrogates, values
// past U+10FFFF); more than 16 segments or 1024 bytes.
std::optional<std::string> web_relative_path(std::string_view encoded_path);

enum class WebEntry { File, Folder, Missing };

struct OpenedWebFile {
    WebEntry entry = WebEntry::Missing;
    int fd = -1;              // an open read-only descriptor when entry is File; the caller owns it
    std::uint64_t size = 0;
    std::filesystem::path path;  // the canonical path (for its extension)
};

// Opens `relative` (from web_relative_path) under `canonical_root` (already canonical). File when
// it resolves, symlinks included, to a regular file inside the root; Folder when to a folder
// inside it; Missing otherwise: absent, outside the root, or neither file nor folder.
OpenedWebFile open_web_file(const std::filesystem::path& canonical_root, const std::string& relative);

}  // namespace anzan::http
