// Login throttling: at most `max_failures` failed sign-ins per account in `window`, and at most
// `max_attempts` attempts per client IP in `window`. In memory (per process), guarded by `mutex_`.
#pragma once
#include <chrono>
#include <deque>
#include <map>
#include <mutex>
#include <string>

namespace anzan::accounts {

class LoginRateLimiter {
public:
    using Clock = std::chrono::steady_clock;
    LoginRateLimiter(int max_failures_per_account = 5, int max_attempts_per_ip = 30,
                     std::chrono::seconds window = std::chrono::minutes(15))
        : max_failures_(max_failures_per_account), max_attempts_(max_attempts_per_ip), window_(window) {}

    // Counts an attempt from `ip`; false when the IP or the account is over its limit.
    bool allow(const std::string& account, const std::string& ip, Clock::time_point now);
    void record_failure(const std::string& account, Clock::time_point now);
    void record_success(const std::string& account);

private:
    void prune(std::deque<Clock::time_point>& events, Clock::time_point now) const;

    int max_failures_;
    int max_attempts_;
    std::chrono::seconds window_;
    std::mutex mutex_;
    std::map<std::string, std::deque<Clock::time_point>> failures_;  // GUARDED_BY(mutex_)
    std::map<std::string, std::deque<Clock::time_point>> attempts_;  // GUARDED_BY(mutex_)
};

}  // namespace anzan::accounts
