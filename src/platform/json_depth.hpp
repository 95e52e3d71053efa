// How deep a JSON text nests, found by one pass over its bytes before anything is built. JSON
// libraries recurse per level when they copy, compare or print a value, so a body such as
// `[[[[…]]]]` 100,000 levels deep would overflow a thread's stack long after parsing succeeded.
// Every JSON text that comes from outside (request bodies, tokens) is checked here first.
// Pure; safe from any thread.
#pragma once
#include <string_view>

namespace anzan {

// The deepest nesting our request bodies may use; the real ones need about 6.
constexpr int kMaxJsonDepth = 64;

// True when `text` opens more than `max_depth` arrays or objects inside each other. Brackets
// inside strings do not count. Malformed text is not judged here (the parser rejects it); the
// answer only ever errs on the side of "too deep".
bool json_nests_deeper_than(std::string_view text, int max_depth = kMaxJsonDepth);

}  // namespace anzan
