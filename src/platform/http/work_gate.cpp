#include "platform/http/work_gate.hpp"

namespace anzan::http {

WorkGate::Slot::~Slot() {
    if (gate_ != nullptr) gate_->release(key_);
}

std::optional<WorkGate::Slot> WorkGate::try_acquire(const std::string& key) {
    std::lock_guard lock(mutex_);
    int& count = held_[key];
    if (count >= limit_) {
        if (count == 0) held_.erase(key);
        return std::nullopt;
    }
    ++count;
    return Slot(this, key);
}

int WorkGate::limit() const {
    std::lock_guard lock(mutex_);
    return limit_;
}

void WorkGate::set_limit(int limit) {
    std::lock_guard lock(mutex_);
    limit_ = limit;
}

int WorkGate::held(const std::string& key) const {
    std::lock_guard lock(mutex_);
    const auto it = held_.find(key);
    return it == held_.end() ? 0 : it->second;
}

std::size_t WorkGate::key_count() const {
    std::lock_guard lock(mutex_);
    return held_.size();
}

void WorkGate::release(const std::string& key) {
    std::lock_guard lock(mutex_);
    const auto it = held_.find(key);
    if (it == held_.end()) return;
    if (--it->second <= 0) held_.erase(it);
}

}  // namespace anzan::http
