// Our HTTP request and response types: plain data, no Beast, so areas and tests build them cheaply
// (Beast stays inside platform/http/server.cpp).
#pragma once
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace anzan::http {

enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };

std::string_view method_name(Method method);
// "GET" → Method::Get …; anything else → Method::Other.
Method parse_method(std::string_view name);

struct Request {
    Method method = Method::Get;
    std::string path;                               // decoded, without the query string
    std::map<std::string, std::string> query;       // decoded; last value wins
    std::map<std::string, std::string> path_params; // filled by the router
    std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
    std::string body;
    // The client's address: the peer, or with TRUSTED_PROXIES the address the proxy saw.
    std::string remote_ip;
    // The path exactly as it arrived (still percent-encoded): static files decode it themselves,
    // once, so an encoded separator can never turn into a real one.
    std::string raw_path;

    // The first header with this lower-case name, or "" when absent.
    const std::string& header(std::string_view lower_name) const;
    // A query parameter, or `fallback` when absent.
    std::string query_or(const std::string& name, const std::string& fallback) const;
};

// An open file streamed as a response body (static files). Owns the descriptor.
class FileBody {
public:
    FileBody(int fd, std::uint64_t size) : fd_(fd), size_(size) {}
    ~FileBody();
    FileBody(const FileBody&) = delete;
    FileBody& operator=(const FileBody&) = delete;
    int fd() const { return fd_; }
    std::uint64_t size() const { return size_; }

private:
    int fd_;
    std::uint64_t size_;
};

struct Response {
    int status = 200;
    std::string body;
    std::string content_type = "application/json";
    std::vector<std::pair<std::string, std::string>> headers;
    // When set, the body is this file, streamed from disk (and `body` is ignored).
    std::shared_ptr<const FileBody> file;

    // Sets a header, replacing any earlier value of the same name (names compare case-blind).
    void set_header(std::string name, std::string value);
    // Adds a value to a list header such as Vary, once.
    void append_header_value(const std::string& name, const std::string& value);
    // The header's value, or "" when absent.
    const std::string& header(std::string_view name) const;
};

}  // namespace anzan::http
