// Static files of the web app (web/dist) with the SPA fallback: any GET outside /api that names no
// file gets index.html, so client-side routes survive a reload.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "platform/http/json_response.hpp"
#include "platform/http/server.hpp"

namespace anzan::http {
namespace {

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

std::optional<Response> file_response(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    Response response;
    response.body = buffer.str();
    response.content_type = content_type_for(path);
    response.is_static = true;
    // Vite fingerprints everything under assets/: cache it for good; never cache index.html.
    const bool fingerprinted = path.parent_path().filename() == "assets";
    response.set_header("Cache-Control", fingerprinted ? "public, max-age=31536000, immutable" : "no-cache");
    return response;
}

bool wants_html(const Request& request) {
    const std::string& accept = request.header("accept");
    return accept.find("text/html") != std::string::npos;
}

}  // namespace

Response serve_unrouted(const Router& router, const Request& request, const std::string& web_dir) {
    const auto match = router.match(request.method, request.path);
    const bool is_api = request.path == "/api" || request.path.rfind("/api/", 0) == 0;
    const bool is_read = request.method == Method::Get || request.method == Method::Head;
    if (match.method_mismatch && !(is_read && wants_html(request) && !is_api)) {
        Response response = error_response({ErrorCode::MethodNotAllowed, "Method not allowed"});
        std::string allow;
        for (Method m : match.allowed) allow += (allow.empty() ? "" : ", ") + std::string(method_name(m));
        response.set_header("Allow", allow);
        return response;
    }
    if (is_api || !is_read || web_dir.empty()) return error_response(Error::not_found("Not found"));
    // Never serve outside web_dir: reject any ".." segment outright.
    if (request.path.find("..") != std::string::npos) return error_response(Error::not_found("Not found"));
    const std::filesystem::path root(web_dir);
    std::filesystem::path file = root / request.path.substr(1);
    std::error_code ec;
    if (request.path != "/" && std::filesystem::is_regular_file(file, ec)) {
        if (auto response = file_response(file)) return *response;
    }
    // A folder with its own index.html (e.g. /docs, the API docs viewer): /docs → /docs/, whose
    // relative asset links then resolve inside the folder.
    if (request.path != "/" && std::filesystem::is_regular_file(file / "index.html", ec)) {
        if (request.path.back() != '/') {
            Response redirect;
            redirect.status = 301;
            redirect.content_type.clear();
            redirect.set_header("Location", request.path + "/");
            return redirect;
        }
        if (auto response = file_response(file / "index.html")) return *response;
    }
    // A missing asset is a real 404; everything else is a client-side route.
    if (request.path.rfind("/assets/", 0) == 0) return error_response(Error::not_found("Not found"));
    if (auto response = file_response(root / "index.html")) return *response;
    return error_response(Error::not_found("The web app is not built (run make run)"));
}

}  // namespace anzan::http
