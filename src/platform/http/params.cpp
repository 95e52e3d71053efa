#include "platform/http/params.hpp"

namespace anzan::http {

Result<long long> path_id(const Request& request, const std::string& name) {
    const auto it = request.path_params.find(name);
    if (it == request.path_params.end() || it->second.empty() || it->second.size() > 18 ||
        it->second.find_first_not_of("0123456789") != std::string::npos)
        return Error::not_found("Not found");
    const long long id = std::stoll(it->second);
    if (id <= 0) return Error::not_found("Not found");
    return id;
}

Result<bool> query_flag(const Request& request, const std::string& name, bool fallback) {
    const auto it = request.query.find(name);
    if (it == request.query.end() || it->second.empty()) return fallback;
    if (it->second == "true" || it->second == "1") return true;
    if (it->second == "false" || it->second == "0") return false;
    return Error::invalid(name + " must be true or false");
}

Result<std::optional<long long>> query_integer(const Request& request, const std::string& name,
                                               std::string_view hint) {
    const auto it = request.query.find(name);
    if (it == request.query.end() || it->second.empty()) return std::optional<long long>();
    const std::string& text = it->second;
    if (text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos)
        return Error::invalid(name + " must be a whole number" + std::string(hint));
    return std::optional<long long>(std::stoll(text));
}

}  // namespace anzan::http
