#include "platform/http/target.hpp"

#include <boost/url/parse.hpp>

namespace anzan::http {

bool parse_target(std::string_view target, Request& request) {
    auto parsed = boost::urls::parse_origin_form(target);
    if (!parsed) return false;
    request.path = std::string(parsed->path());
    request.raw_path = std::string(parsed->encoded_path());
    if (request.path.empty()) request.path = "/";
    if (request.raw_path.empty()) request.raw_path = "/";
    for (auto param : parsed->params()) request.query[std::string(param.key)] = std::string(param.value);
    return true;
}

}  // namespace anzan::http
