#include "platform/time.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <sstream>

namespace anzan {

Instant now_utc() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

std::string format_utc(Instant t) { return date::format("%Y-%m-%d %H:%M:%S", t); }

std::string format_iso(Instant t) { return date::format("%Y-%m-%dT%H:%M:%S+00:00", t); }

std::optional<Instant> parse_utc(const std::string& text) {
    if (text.size() < 19) return std::nullopt;
    std::string head = text.substr(0, 19);
    if (head[10] == 'T') head[10] = ' ';
    std::istringstream in(head);
    date::sys_seconds t;
    in >> date::parse("%Y-%m-%d %H:%M:%S", t);
    if (in.fail()) return std::nullopt;
    return t;
}

std::string storage_to_iso(const std::string& stored) {
    if (stored.empty()) return {};
    const auto t = parse_utc(stored);
    return t ? format_iso(*t) : stored;
}

Result<std::string> academy_date(Instant t, const std::string& zone) {
    try {
        const auto local = date::make_zoned(zone, t).get_local_time();
        return date::format("%Y-%m-%d", date::floor<date::days>(local));
    } catch (const std::exception&) {
        return Error::invalid("ACADEMY_TIMEZONE '" + zone + "' is not a known time zone (e.g. Asia/Kolkata)");
    }
}

Result<AcademyDay> academy_day(Instant t, const std::string& zone) {
    try {
        const auto* tz = date::locate_zone(zone);
        const auto local_day = date::floor<date::days>(tz->to_local(t));
        // The first instant of that local day (a zone whose midnight is skipped starts later).
        const auto start = tz->to_sys(local_day, date::choose::earliest);
        return AcademyDay{date::format("%Y-%m-%d", local_day), format_utc(date::floor<std::chrono::seconds>(start))};
    } catch (const std::exception&) {
        return Error::invalid("ACADEMY_TIMEZONE '" + zone + "' is not a known time zone (e.g. Asia/Kolkata)");
    }
}

Result<std::string> academy_day_start_utc(Instant t, const std::string& zone) {
    try {
        const auto* tz = date::locate_zone(zone);
        const auto local_midnight = date::floor<date::days>(tz->to_local(t));
        // `choose::earliest`: a midnight that happens twice (DST ends) counts from its first
        // occurrence; one that does not exist (DST starts) maps to the instant the day begins.
        const auto start = tz->to_sys(local_midnight, date::choose::earliest);
        return format_utc(std::chrono::floor<std::chrono::seconds>(start));
    } catch (const std::exception&) {
        return Error::invalid("ACADEMY_TIMEZONE '" + zone + "' is not a known time zone (e.g. Asia/Kolkata)");
    }
}

Result<void> check_time_zone(const std::string& zone) {
    TRY(academy_date(Instant{}, zone));
    return {};
}

}  // namespace anzan
