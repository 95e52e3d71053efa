// Fuzzes the one JSON body parser every route uses, and the typed field readers after it: no
// crash, no unbounded recursion, and what it accepts is an object nested at most 64 deep.
#include <cstdint>
#include <cstdlib>
#include <limits>

#include "platform/http/json_response.hpp"
#include "platform/json_depth.hpp"
#include "platform/json_fields.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    anzan::http::Request request;
    request.body.assign(reinterpret_cast<const char*>(data), size);
    for (bool empty_ok : {false, true}) {
        auto body = anzan::http::parse_json_object(request, empty_ok);
        if (!body) continue;
        if (!body->is_object()) std::abort();
        // Printing recurses per level: bounded because the parser refused deeper bodies.
        const std::string printed = body->dump();
        if (anzan::json_nests_deeper_than(printed)) std::abort();
        for (const char* field : {"email", "password", "title", "role", "seed", "answer_key", "name"}) {
            (void)anzan::http::required_string(*body, field);
            (void)anzan::http::optional_string(*body, field);
            (void)anzan::read_optional_integer(*body, field, field, INT64_MIN, INT64_MAX);
            (void)anzan::http::optional_bool(*body, field);
        }
    }
    return 0;
}
