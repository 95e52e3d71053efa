#include "accounts/rate_limiter.hpp"

namespace anzan::accounts {

void LoginRateLimiter::prune(std::deque<Clock::time_point>& events, Clock::time_point now) const {
    while (!events.empty() && now - events.front() > window_) events.pop_front();
}

bool LoginRateLimiter::allow(const std::string& account, const std::string& ip, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    auto& ip_events = attempts_[ip];
    prune(ip_events, now);
    auto& account_events = failures_[account];
    prune(account_events, now);
    if (static_cast<int>(ip_events.size()) >= max_attempts_) return false;
    if (static_cast<int>(account_events.size()) >= max_failures_) return false;
    ip_events.push_back(now);
    // Keep the maps from growing without bound under a spray of addresses.
    if (attempts_.size() > 100000) attempts_.clear();
    if (failures_.size() > 100000) failures_.clear();
    return true;
}

void LoginRateLimiter::record_failure(const std::string& account, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    failures_[account].push_back(now);
}

void LoginRateLimiter::record_success(const std::string& account) {
    std::lock_guard lock(mutex_);
    failures_.erase(account);
}

}  // namespace anzan::accounts
