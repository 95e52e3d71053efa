#include "platform/http/request.hpp"

#include <strings.h>
#include <unistd.h>

namespace anzan::http {
namespace {

bool same_name(std::string_view a, std::string_view b) {
    return a.size() == b.size() && strncasecmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace

std::string_view method_name(Method method) {
    switch (method) {
        case Method::Get: return "GET";
        case Method::Head: return "HEAD";
        case Method::Post: return "POST";
        case Method::Put: return "PUT";
        case Method::Patch: return "PATCH";
        case Method::Delete: return "DELETE";
        case Method::Options: return "OPTIONS";
        case Method::Other: return "OTHER";
    }
    return "OTHER";
}

Method parse_method(std::string_view name) {
    for (Method method : {Method::Get, Method::Head, Method::Post, Method::Put, Method::Patch, Method::Delete,
                          Method::Options})
        if (method_name(method) == name) return method;
    return Method::Other;
}

const std::string& Request::header(std::string_view lower_name) const {
    static const std::string kEmpty;
    for (const auto& [name, value] : headers)
        if (name == lower_name) return value;
    return kEmpty;
}

std::string Request::query_or(const std::string& name, const std::string& fallback) const {
    const auto it = query.find(name);
    return it == query.end() ? fallback : it->second;
}

FileBody::~FileBody() {
    if (fd_ >= 0) ::close(fd_);
}

void Response::set_header(std::string name, std::string value) {
    for (auto& [existing, old_value] : headers) {
        if (same_name(existing, name)) {
            old_value = std::move(value);
            return;
        }
    }
    headers.emplace_back(std::move(name), std::move(value));
}

void Response::append_header_value(const std::string& name, const std::string& value) {
    for (auto& [existing, old_value] : headers) {
        if (!same_name(existing, name)) continue;
        // A list header: add the value unless it is already one of the comma-separated items.
        size_t start = 0;
        while (start <= old_value.size()) {
            size_t end = old_value.find(',', start);
            if (end == std::string::npos) end = old_value.size();
            size_t first = old_value.find_first_not_of(' ', start);
            size_t last = end;
            while (last > first && old_value[last - 1] == ' ') --last;
            if (first < end && same_name(std::string_view(old_value).substr(first, last - first), value)) return;
            start = end + 1;
        }
        old_value += old_value.empty() ? value : ", " + value;
        return;
    }
    headers.emplace_back(name, value);
}

const std::string& Response::header(std::string_view name) const {
    static const std::string kEmpty;
    for (const auto& [existing, value] : headers)
        if (same_name(existing, name)) return value;
    return kEmpty;
}

}  // namespace anzan::http
