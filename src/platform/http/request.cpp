#include "platform/http/request.hpp"

namespace anzan::http {

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

}  // namespace anzan::http
