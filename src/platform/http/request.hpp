// Our HTTP request and response types: plain data, no Beast, so areas and tests build them cheaply
// (Beast stays inside platform/http/server.cpp).
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace anzan::http {

enum class Method { Get, Head, Post, Put, Patch, Delete, Options, Other };

std::string_view method_name(Method method);

struct Request {
    Method method = Method::Get;
    std::string path;                               // decoded, without the query string
    std::map<std::string, std::string> query;       // decoded; last value wins
    std::map<std::string, std::string> path_params; // filled by the router
    std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
    std::string body;
    std::string remote_ip;

    // The first header with this lower-case name, or "" when absent.
    const std::string& header(std::string_view lower_name) const;
    // A query parameter, or `fallback` when absent.
    std::string query_or(const std::string& name, const std::string& fallback) const;
};

struct Response {
    int status = 200;
    std::string body;
    std::string content_type = "application/json";
    std::vector<std::pair<std::string, std::string>> headers;
    // Set by the static-file handler: the body is a file on disk served as is.
    bool is_static = false;

    void set_header(std::string name, std::string value) { headers.emplace_back(std::move(name), std::move(value)); }
};

}  // namespace anzan::http
