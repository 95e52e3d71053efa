// Fuzzes the static-file path resolver: whatever the request path, a file it opens is inside the
// web folder, and the secret beside the folder is never opened.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "platform/http/web_path.hpp"

namespace fs = std::filesystem;

namespace {

struct Folder {
    fs::path root;
    ino_t secret_inode = 0;
    Folder() {
        char pattern[] = "/tmp/anzan-fuzz-web-XXXXXX";
        const fs::path base = mkdtemp(pattern);
        root = fs::canonical(base) / "dist";
        fs::create_directories(root / "assets");
        fs::create_directories(root / "docs");
        std::ofstream(root / "index.html") << "app";
        std::ofstream(root / "assets" / "app.js") << "js";
        std::ofstream(root / "docs" / "index.html") << "docs";
        std::ofstream(base / "secret.txt") << "secret";
        fs::create_symlink(base / "secret.txt", root / "leak.txt");
        fs::create_symlink(base, root / "up");
        struct stat info {};
        stat((base / "secret.txt").c_str(), &info);
        secret_inode = info.st_ino;
    }
};

const Folder& folder() {
    static const Folder kFolder;
    return kFolder;
}

// Worked out differently from web_path.cpp's own check (which compares components), so the
// oracle does not share its mistakes: the path, made relative to the root, must not climb out.
bool is_inside(const fs::path& root, const fs::path& path) {
    const fs::path relative = path.lexically_normal().lexically_relative(root.lexically_normal());
    return !relative.empty() && *relative.begin() != "..";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view path(reinterpret_cast<const char*>(data), size);
    const auto relative = anzan::http::web_relative_path(path);
    if (!relative) return 0;
    // A relative path of plain segments: never absolute, never a "." or ".." segment.
    if (!relative->empty() && relative->front() == '/') std::abort();
    for (std::size_t start = 0; start <= relative->size();) {
        const auto end = std::min(relative->find('/', start), relative->size());
        const std::string_view segment = std::string_view(*relative).substr(start, end - start);
        if (segment == "." || segment == "..") std::abort();
        start = end + 1;
    }
    const auto opened = anzan::http::open_web_file(folder().root, *relative);
    if (opened.entry == anzan::http::WebEntry::Missing) return 0;
    if (!is_inside(folder().root, opened.path)) std::abort();
    if (opened.fd >= 0) {
        struct stat info {};
        fstat(opened.fd, &info);
        if (info.st_ino == folder().secret_inode) std::abort();
        close(opened.fd);
    }
    return 0;
}
