// How much heavy work (worksheet PDFs and previews, password hashing, season resets) one caller
// may have in flight at once, so that one student cannot occupy the whole heavy pool. Keys name
// the caller ("user:42", "sign-in:ana@school.in"). In memory, per process, on purpose: what it
// shares out is this process's CPU. Thread-safe.
#pragma once
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace anzan::http {

class WorkGate {
public:
    explicit WorkGate(int per_key_limit = 2) : limit_(per_key_limit) {}
    WorkGate(const WorkGate&) = delete;
    WorkGate& operator=(const WorkGate&) = delete;

    // A held place; giving it back (destruction) frees it for the next request of the same key.
    class Slot {
    public:
        Slot(Slot&& other) noexcept : gate_(other.gate_), key_(std::move(other.key_)) { other.gate_ = nullptr; }
        Slot& operator=(Slot&&) = delete;
        Slot(const Slot&) = delete;
        ~Slot();

    private:
        friend class WorkGate;
        Slot(WorkGate* gate, std::string key) : gate_(gate), key_(std::move(key)) {}
        WorkGate* gate_;
        std::string key_;
    };

    // A slot for `key`, or nullopt when `key` already holds the limit.
    std::optional<Slot> try_acquire(const std::string& key);
    int limit() const;
    void set_limit(int limit);
    // Slots `key` holds now (tests).
    int held(const std::string& key) const;
    // Keys holding at least one slot (tests): the map never keeps a key with none.
    std::size_t key_count() const;

private:
    void release(const std::string& key);

    int limit_;  // GUARDED_BY(mutex_)
    mutable std::mutex mutex_;
    std::unordered_map<std::string, int> held_;  // GUARDED_BY(mutex_); bounded by slots held
};

}  // namespace anzan::http
