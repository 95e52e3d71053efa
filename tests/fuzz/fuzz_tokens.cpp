// Fuzzes bearer-token verification, which every authenticated route runs on untrusted input:
// no crash, and nothing but a token signed with our key is ever accepted.
#include <cstdint>
#include <cstdlib>

#include "platform/auth/tokens.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string token(reinterpret_cast<const char*>(data), size);
    const anzan::Instant now{std::chrono::seconds(1'800'000'000)};
    // The fuzzer cannot know this key, so an accepted token would be a forgery.
    const auto verified = anzan::auth::verify_token(token, "fuzz-secret-key-that-nobody-can-guess-0123", now);
    if (verified) std::abort();
    (void)anzan::auth::jwt_segments_are_shallow(token);
    return 0;
}
