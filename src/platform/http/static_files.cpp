// Static files of the web app (web/dist) with the SPA fallback: any GET outside the API that names
// no file gets index.html, so client-side routes survive a reload. Paths are resolved by
// web_path.hpp (strictly inside the web folder) and files are streamed, never read whole.
#include <unistd.h>

#include <array>
#include <map>

#include "platform/http/json_response.hpp"
#include "platform/http/server.hpp"
#include "platform/http/web_path.hpp"

namespace anzan::http {
namespace {

// Paths the legacy API answered under: a miss there is an API client's mistake, not a page.
constexpr std::array<std::string_view, 7> kLegacyApiPrefixes = {"/users/", "/papers/", "/presets/",
                                                                 "/attendance/", "/fees/", "/papers", "/presets"};

std::string content_type_for(const std::filesystem::path& path) {
    static const std::map<std::string, std::string> kTypes = {
        {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
        {".json", "application/json"}, {".svg", "image/svg+xml"}, {".png", "image/png"},
        {".ico", "image/x-icon"}, {".webp", "image/webp"}, {".woff2", "font/woff2"},
        {".woff", "font/woff"}, {".txt", "text/plain; charset=utf-8"}, {".map", "application/json"}};
    const auto it = kTypes.find(path.extension().string());
    return it == kTypes.end() ? "application/octet-stream" : it->second;
}

Response file_response(const OpenedWebFile& opened) {
    Response response;
    response.file = std::make_shared<FileBody>(opened.fd, opened.size);
    response.content_type = content_type_for(opened.path);
    // Vite fingerprints everything under assets/: cache it for good; never cache index.html.
    const bool fingerprinted = opened.path.parent_path().filename() == "assets";
    response.set_header("Cache-Control", fingerprinted ? "public, max-age=31536000, immutable" : "no-cache");
    return response;
}

bool wants_html(const Request& request) {
    return request.header("accept").find("text/html") != std::string::npos;
}

bool under_legacy_api(const std::string& path) {
    for (std::string_view prefix : kLegacyApiPrefixes) {
        if (prefix.back() == '/' ? path.starts_with(prefix) : path == prefix) return true;
    }
    return false;
}

Response not_found() { return error_response(Error::not_found("Not found")); }

}  // namespace

Response serve_web_app_index(const std::string& web_dir) {
    if (web_dir.empty()) return error_response(Error::not_found("The web app is not built (run make run)"));
    const OpenedWebFile index = open_web_file(web_dir, "index.html");
    if (index.entry != WebEntry::File) return error_response(Error::not_found("The web app is not built (run make run)"));
    return file_response(index);
}

Response serve_unrouted(const Router& router, const Request& request, const std::string& web_dir) {
    const auto match = router.match(request.method, request.path);
    const bool is_api = request.path == "/api" || request.path.starts_with("/api/");
    const bool is_read = request.method == Method::Get || request.method == Method::Head;
    if (match.method_mismatch && !(is_read && wants_html(request) && !is_api)) {
        Response response = error_response({ErrorCode::MethodNotAllowed, "Method not allowed"});
        std::string allow;
        for (Method m : match.allowed) allow += (allow.empty() ? "" : ", ") + std::string(method_name(m));
        response.set_header("Allow", allow);
        return response;
    }
    if (is_api || !is_read || web_dir.empty()) return not_found();
    // An old client asking the legacy API for a route we do not have must get JSON, not the page.
    if (under_legacy_api(request.path) && !wants_html(request)) return not_found();
    const std::string& raw_path = request.raw_path.empty() ? request.path : request.raw_path;
    const auto relative = web_relative_path(raw_path);
    // A path that is not plain is never a client-side route either.
    if (!relative) return not_found();
    if (relative->empty()) return serve_web_app_index(web_dir);
    const OpenedWebFile opened = open_web_file(web_dir, *relative);
    if (opened.entry == WebEntry::File) return file_response(opened);
    // A folder with its own index.html (e.g. /docs, the API docs viewer): /docs → /docs/, whose
    // relative asset links then resolve inside the folder.
    if (opened.entry == WebEntry::Folder) {
        const OpenedWebFile index = open_web_file(web_dir, *relative + (relative->back() == '/' ? "" : "/") + "index.html");
        if (index.entry == WebEntry::File) {
            if (relative->back() == '/') return file_response(index);
            ::close(index.fd);
            Response redirect;
            redirect.status = 301;
            redirect.content_type.clear();
            // The raw path was checked plain above, so this stays a same-site relative location.
            redirect.set_header("Location", raw_path + "/");
            return redirect;
        }
    }
    // A missing asset is a real 404; everything else is a client-side route.
    if (request.path.starts_with("/assets/")) return not_found();
    return serve_web_app_index(web_dir);
}

}  // namespace anzan::http
