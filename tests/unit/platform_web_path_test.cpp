// Static-file paths: a corpus of traversal forms must never leave the web folder, plain paths must
// keep working, and symlinks out of the folder are refused.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "platform/http/web_path.hpp"

namespace anzan::http {
namespace {
namespace fs = std::filesystem;

TEST(WebPath, PlainPathsMapToRelativeFiles) {
    EXPECT_EQ(web_relative_path("/"), "");
    EXPECT_EQ(web_relative_path("/index.html"), "index.html");
    EXPECT_EQ(web_relative_path("/assets/app-3f2a.js"), "assets/app-3f2a.js");
    EXPECT_EQ(web_relative_path("/docs/"), "docs/");
    EXPECT_EQ(web_relative_path("/a%20b.txt"), "a b.txt");          // decoded once
    EXPECT_EQ(web_relative_path("/%C3%A9t%C3%A9.png"), "\xC3\xA9t\xC3\xA9.png");  // UTF-8 names
    EXPECT_EQ(web_relative_path("/%2541.txt"), std::nullopt);          // never decoded twice
}

TEST(WebPath, TraversalFormsAreRefused) {
    const char* attacks[] = {
        "//etc/passwd", "///etc/passwd", "//proc/self/environ", "/%2Fetc%2Fpasswd", "/%2fetc/passwd",
        "/..", "/../etc/passwd", "/assets/../../etc/passwd", "/assets/..", "/./index.html", "/assets/./app.js",
        "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd", "/.%2e/etc/passwd", "/%2e./etc/passwd",
        "/%252e%252e/etc/passwd", "/..%2f..%2fetc/passwd", "/..%5c..%5cetc/passwd", "/..\\..\\etc\\passwd",
        "/assets\\..\\index.html", "/%c0%ae%c0%ae/etc/passwd", "/%e0%80%ae%e0%80%ae/etc/passwd",
        "/%c0%af", "/%f0%80%80%af", "/%ed%a0%80", "/%f4%90%80%80", "/index.html%00.png",
        "/%00", "/a%0ab", "/%7f", "/index.html.", "/assets./app.js", "/.env", "/.git/config", "/assets/.hidden",
        "etc/passwd", "", "/a//b", "/assets//app.js", "/%", "/%4", "/%zz", "/%G1",
    };
    for (const std::string attack : attacks) {
        SCOPED_TRACE(attack);
        EXPECT_EQ(web_relative_path(attack), std::nullopt);
    }
    EXPECT_EQ(web_relative_path(std::string_view("/index.html\0.png", 16)), std::nullopt);
    EXPECT_EQ(web_relative_path("/" + std::string(2000, 'a')), std::nullopt);
    std::string deep;
    for (int i = 0; i < 20; ++i) deep += "/a";
    EXPECT_EQ(web_relative_path(deep), std::nullopt);
}

class WebFolder : public ::testing::Test {
protected:
    void SetUp() override {
        char pattern[] = "/tmp/anzan-web-XXXXXX";
        base = mkdtemp(pattern);
        root = fs::canonical(base) / "dist";
        fs::create_directories(root / "assets");
        fs::create_directories(root / "docs");
        std::ofstream(root / "index.html") << "<html>app</html>";
        std::ofstream(root / "assets" / "app.js") << "console.log(1)";
        std::ofstream(root / "docs" / "index.html") << "docs";
        std::ofstream(fs::path(base) / "secret.txt") << "secret";
        fs::create_symlink(fs::path(base) / "secret.txt", root / "leak.txt");
        fs::create_symlink(root / "index.html", root / "alias.html");
    }
    void TearDown() override { fs::remove_all(base); }
    OpenedWebFile open(const std::string& relative) {
        OpenedWebFile file = open_web_file(root, relative);
        if (file.fd >= 0) ::close(file.fd);
        return file;
    }
    std::string base;
    fs::path root;
};

TEST_F(WebFolder, OpensRegularFilesAndFoldersInside) {
    const auto index = open("index.html");
    EXPECT_EQ(index.entry, WebEntry::File);
    EXPECT_EQ(index.size, 16u);
    EXPECT_EQ(open("assets/app.js").entry, WebEntry::File);
    EXPECT_EQ(open("docs").entry, WebEntry::Folder);
    EXPECT_EQ(open("docs/").entry, WebEntry::Folder);
    EXPECT_EQ(open("missing.js").entry, WebEntry::Missing);
    // A symlink that stays inside is followed; one that leads out is not.
    EXPECT_EQ(open("alias.html").entry, WebEntry::File);
    EXPECT_EQ(open("leak.txt").entry, WebEntry::Missing);
}

TEST_F(WebFolder, NeverOpensOutsideEvenWhenHandedARawPath) {
    // web_relative_path refuses these; open_web_file must hold the line on its own too.
    EXPECT_EQ(open("../secret.txt").entry, WebEntry::Missing);
    EXPECT_EQ(open("/etc/passwd").entry, WebEntry::Missing);
    EXPECT_EQ(open("assets/../../secret.txt").entry, WebEntry::Missing);
}

TEST_F(WebFolder, RefusesSpecialFiles) {
    ASSERT_EQ(mkfifo((root / "pipe").c_str(), 0600), 0);
    EXPECT_EQ(open("pipe").entry, WebEntry::Missing);  // and does not block on it
}

}  // namespace
}  // namespace anzan::http
