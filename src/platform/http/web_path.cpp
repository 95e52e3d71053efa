#include "platform/http/web_path.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "platform/text.hpp"

namespace anzan::http {
namespace {

constexpr std::size_t kMaxPathBytes = 1024;
constexpr int kMaxSegments = 16;

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool is_control(unsigned char byte) { return byte < 0x20 || byte == 0x7F; }

// Decodes one segment's percent escapes. nullopt on a malformed escape or a decoded byte that must
// never appear in a file name ('/', '\', '%', NUL, controls).
std::optional<std::string> decode_segment(std::string_view encoded) {
    std::string out;
    out.reserve(encoded.size());
    for (std::size_t i = 0; i < encoded.size(); ++i) {
        unsigned char byte = static_cast<unsigned char>(encoded[i]);
        if (byte == '%') {
            if (i + 2 >= encoded.size()) return std::nullopt;
            const int high = hex_value(encoded[i + 1]);
            const int low = hex_value(encoded[i + 2]);
            if (high < 0 || low < 0) return std::nullopt;
            byte = static_cast<unsigned char>(high * 16 + low);
            if (byte == '/' || byte == '\\' || byte == '%') return std::nullopt;
            i += 2;
        } else if (byte == '\\') {
            return std::nullopt;
        }
        if (byte == 0 || is_control(byte)) return std::nullopt;
        out += static_cast<char>(byte);
    }
    return out;
}

bool is_plain_segment(std::string_view segment) {
    if (segment.empty()) return false;
    // Covers "." and "..", hidden files, and names Windows would trim ("index.html.").
    return segment.front() != '.' && segment.back() != '.';
}

bool is_inside(const std::filesystem::path& root, const std::filesystem::path& path) {
    auto r = root.begin();
    auto p = path.begin();
    for (; r != root.end(); ++r, ++p)
        if (p == path.end() || *p != *r) return false;
    return true;
}

}  // namespace

std::optional<std::string> web_relative_path(std::string_view encoded_path) {
    if (encoded_path.empty() || encoded_path.front() != '/' || encoded_path.size() > kMaxPathBytes)
        return std::nullopt;
    std::string relative;
    std::string_view rest = encoded_path.substr(1);
    int segments = 0;
    while (!rest.empty()) {
        const auto slash = rest.find('/');
        const std::string_view encoded = rest.substr(0, slash);
        const auto decoded = decode_segment(encoded);
        if (!decoded || !is_plain_segment(*decoded) || !is_well_formed_utf8(*decoded)) return std::nullopt;
        if (++segments > kMaxSegments) return std::nullopt;
        relative += *decoded;
        if (slash == std::string_view::npos) break;
        relative += '/';
        rest.remove_prefix(slash + 1);
    }
    return relative;
}

OpenedWebFile open_web_file(const std::filesystem::path& canonical_root, const std::string& relative) {
    OpenedWebFile result;
    std::error_code ec;
    // canonical() resolves every symlink, so the prefix check sees where the path really leads.
    const auto resolved = std::filesystem::canonical(canonical_root / relative, ec);
    if (ec || !is_inside(canonical_root, resolved)) return result;
    // O_NOFOLLOW: if a symlink was swapped in after canonical(), opening it fails.
    const int fd = ::open(resolved.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
    if (fd < 0) return result;
    struct stat info {};
    if (::fstat(fd, &info) != 0) {
        ::close(fd);
        return result;
    }
    if (S_ISDIR(info.st_mode)) {
        ::close(fd);
        result.entry = WebEntry::Folder;
        result.path = resolved;
        return result;
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        return result;
    }
    // Back to blocking reads for the streaming write.
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    result.entry = WebEntry::File;
    result.fd = fd;
    result.size = static_cast<std::uint64_t>(info.st_size);
    result.path = resolved;
    return result;
}

}  // namespace anzan::http
