#include "platform/result.hpp"

#include <cstdio>
#include <cstdlib>

namespace anzan {
void must_failed(const char* file, int line, const std::string& detail) {
    std::fprintf(stderr, "anzan: internal error at %s:%d: %s\n", file, line, detail.c_str());
    std::abort();
}
}  // namespace anzan
