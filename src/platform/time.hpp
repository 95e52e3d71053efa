// Time: instants are UTC (`Instant`, seconds precision is enough for every stored value); the
// academy calendar (days, Monday-to-Sunday weeks) is derived from an IANA zone name. The clock is
// read only at the edges (handlers, CLI) through `now_utc`; rules receive `now` as a parameter.
#pragma once
#include <chrono>
#include <optional>
#include <string>

#include "platform/result.hpp"

namespace anzan {

using Instant = std::chrono::sys_seconds;

Instant now_utc();
// "YYYY-MM-DD HH:MM:SS": the storage format of every instant column (UTC by convention).
std::string format_utc(Instant t);
// "YYYY-MM-DDTHH:MM:SS+00:00": instants in API responses.
std::string format_iso(Instant t);
// Reads the storage format (fractional seconds and a trailing "Z"/"T" separator tolerated).
std::optional<Instant> parse_utc(const std::string& text);
// Storage text to API text; empty input gives empty output.
std::string storage_to_iso(const std::string& stored);

// The academy-calendar date ("YYYY-MM-DD") of `t` in `zone`. Invalid when the zone is unknown.
Result<std::string> academy_date(Instant t, const std::string& zone);
// The academy day of `t`: its date and the UTC storage text of its first instant (for "since
// today" queries on UTC columns). Invalid when the zone is unknown.
struct AcademyDay {
    std::string date;       // "YYYY-MM-DD"
    std::string start_utc;  // "YYYY-MM-DD HH:MM:SS"
};
Result<AcademyDay> academy_day(Instant t, const std::string& zone);
// Invalid unless `zone` is a known IANA zone name.
Result<void> check_time_zone(const std::string& zone);

}  // namespace anzan
