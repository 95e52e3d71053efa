#include "accounts/sign_in_rules.hpp"

#include <algorithm>

namespace anzan::accounts {

std::string_view scope_name(FailureScope scope) {
    switch (scope) {
        case FailureScope::AccountAndAddress: return "account_address";
        case FailureScope::Account: return "account";
        case FailureScope::Address: return "address";
    }
    return "account";
}

std::vector<FailureSubject> failure_subjects(const std::string& email, const std::string& address) {
    // A space cannot occur in a normalised e-mail, so the pair's subject is unambiguous.
    return {{FailureScope::AccountAndAddress, email + " " + address},
            {FailureScope::Account, email},
            {FailureScope::Address, address}};
}

long long seconds_locked(const std::vector<FailureCounter>& counters, long long now) {
    long long longest = 0;
    for (const auto& counter : counters)
        if (counter.locked_until && *counter.locked_until > now) longest = std::max(longest, *counter.locked_until - now);
    return longest;
}

std::optional<long long> lock_after(FailureScope scope, int failures, const SignInLimits& limits, long long now) {
    switch (scope) {
        case FailureScope::AccountAndAddress: {
            if (failures < limits.per_account_and_address) return std::nullopt;
            // 1, 2, 4, 8 … minutes; the shift is capped so it cannot overflow.
            const int doublings = std::min(failures - limits.per_account_and_address, 20);
            const long long lock = std::min(limits.first_lock_seconds << doublings, limits.window_seconds);
            return now + lock;
        }
        case FailureScope::Account:
            if (failures < limits.per_account) return std::nullopt;
            return now + limits.window_seconds;
        case FailureScope::Address:
            if (failures < limits.per_address) return std::nullopt;
            return now + limits.window_seconds;
    }
    return std::nullopt;
}

long long expires_at(long long last_failed_at, std::optional<long long> locked_until, const SignInLimits& limits) {
    return std::max(last_failed_at + limits.window_seconds, locked_until.value_or(0));
}

std::string wait_text(long long seconds) {
    if (seconds < 60) return std::to_string(std::max(1LL, seconds)) + (seconds == 1 ? " second" : " seconds");
    const long long minutes = (seconds + 59) / 60;
    return std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes");
}

}  // namespace anzan::accounts
