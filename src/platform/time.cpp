#include "platform/time.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <string_view>

namespace anzan {

Instant now_utc() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

namespace {

// Instants are formatted and read on every row an API answer shows; the date library's stream
// formatting cost ~16k instructions per value, this arithmetic a few hundred.
std::string format_instant(Instant t, char separator, std::string_view suffix) {
    const auto day = std::chrono::floor<date::days>(t);
    const date::year_month_day ymd{day};
    const long long seconds = (t - day).count();
    const int year = static_cast<int>(ymd.year());
    if (year < 0 || year > 9999)  // never stored; the slow path keeps them exact
        return date::format(separator == 'T' ? "%Y-%m-%dT%H:%M:%S" : "%Y-%m-%d %H:%M:%S", t) + std::string(suffix);
    std::string out = "0000-00-00 00:00:00";
    out[10] = separator;
    const auto put = [&out](std::size_t at, long long value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10) out[at + static_cast<std::size_t>(i)] = static_cast<char>('0' + value % 10);
    };
    put(0, year, 4);
    put(5, static_cast<unsigned>(ymd.month()), 2);
    put(8, static_cast<unsigned>(ymd.day()), 2);
    put(11, seconds / 3600, 2);
    put(14, seconds / 60 % 60, 2);
    put(17, seconds % 60, 2);
    out += suffix;
    return out;
}

// Two digits at `at`, or -1.
int two_digits(const std::string& text, std::size_t at) {
    const char a = text[at], b = text[at + 1];
    if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
    return (a - '0') * 10 + (b - '0');
}

}  // namespace

std::string format_utc(Instant t) { return format_instant(t, ' ', ""); }

std::string format_iso(Instant t) { return format_instant(t, 'T', "+00:00"); }

// "YYYY-MM-DD HH:MM:SS" (or 'T'), anything after the 19th character ignored (fractions, 'Z').
std::optional<Instant> parse_utc(const std::string& text) {
    if (text.size() < 19 || text[4] != '-' || text[7] != '-' || (text[10] != ' ' && text[10] != 'T') ||
        text[13] != ':' || text[16] != ':')
        return std::nullopt;
    const int century = two_digits(text, 0), year_low = two_digits(text, 2), month = two_digits(text, 5),
              day = two_digits(text, 8), hour = two_digits(text, 11), minute = two_digits(text, 14),
              second = two_digits(text, 17);
    if (century < 0 || year_low < 0 || month < 1 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
        second < 0 || second > 59)
        return std::nullopt;
    const date::year_month_day ymd{date::year{century * 100 + year_low}, date::month{static_cast<unsigned>(month)},
                                   date::day{static_cast<unsigned>(day)}};
    if (!ymd.ok()) return std::nullopt;
    return Instant{date::sys_days{ymd}.time_since_epoch()} + std::chrono::hours(hour) + std::chrono::minutes(minute) +
           std::chrono::seconds(second);
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

Result<void> check_time_zone(const std::string& zone) {
    TRY(academy_date(Instant{}, zone));
    return {};
}

}  // namespace anzan
