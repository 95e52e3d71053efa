// Sign-in throttling rules: failed attempts only are counted, under three subjects at once:
//   - the account from one address: after `per_account_and_address` failures the pair is locked
//     for a minute, doubling with each further failure up to the window (a guesser slows down
//     exponentially; the same pupil on another device, and the rest of the school, are not held up);
//   - the account from anywhere: after `per_account` failures it is locked for the window (a
//     guesser spread over many addresses);
//   - the address: after `per_address` failures it is locked for the window (one address trying
//     many accounts).
// A counter starts afresh once a window passes without failures. Pure: times are unix seconds
// passed in; no SQL, no clock. Safe from any thread.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace anzan::accounts {

struct SignInLimits {
    int per_account_and_address = 5;
    int per_account = 50;
    int per_address = 100;
    long long window_seconds = 15 * 60;
    long long first_lock_seconds = 60;
};

enum class FailureScope { AccountAndAddress, Account, Address };
std::string_view scope_name(FailureScope scope);

// One counter as stored.
struct FailureCounter {
    FailureScope scope = FailureScope::Account;
    std::string subject;
    int failures = 0;
    long long last_failed_at = 0;
    std::optional<long long> locked_until;
};

struct FailureSubject {
    FailureScope scope;
    std::string subject;
};

// The three counters a sign-in of `email` (normalised) from `address` is counted under.
std::vector<FailureSubject> failure_subjects(const std::string& email, const std::string& address);

// Seconds until a sign-in may be tried again (the longest lock among `counters`), 0 when now.
long long seconds_locked(const std::vector<FailureCounter>& counters, long long now);

// The lock that `failures` failures in a row (the latest at `now`) earn in `scope`; nullopt
// below the scope's limit.
std::optional<long long> lock_after(FailureScope scope, int failures, const SignInLimits& limits, long long now);

// When a counter stops meaning anything and may be deleted: a window after its last failure, or
// when its lock ends if that is later.
long long expires_at(long long last_failed_at, std::optional<long long> locked_until, const SignInLimits& limits);

// "2 minutes", "1 minute", "30 seconds": for the 429 message.
std::string wait_text(long long seconds);

}  // namespace anzan::accounts
