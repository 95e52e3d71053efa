// Statements prepared once per pooled connection and re-executed with new values. The reads every
// request makes (the caller's credentials, the signed-in user) use them: parsing and planning the
// SQL each time cost more than running it. Not thread-safe, and needs no lock: a connection's
// cache is only touched by whoever has leased that connection.
#pragma once
#include <memory>
#include <typeindex>
#include <unordered_map>

#include <soci/soci.h>

namespace anzan::db {

class PreparedStatements {
public:
    // This connection's T, built as T(sql) on first use. T owns its statement and the variables
    // the statement reads from and writes into, so re-executing it needs no new binding.
    template <typename T>
    T& get(soci::session& sql) {
        auto& slot = items_[std::type_index(typeid(T))];
        if (!slot) slot = std::make_shared<T>(sql);
        return *static_cast<T*>(slot.get());
    }
    // Drops T after a failure so the next use prepares it afresh.
    template <typename T>
    void forget() {
        items_.erase(std::type_index(typeid(T)));
    }

private:
    std::unordered_map<std::type_index, std::shared_ptr<void>> items_;
};

// Ends a read after its first row. SQLite keeps an unfinished SELECT's snapshot (and read lock)
// until the statement is reset; a cached statement would otherwise hold it between requests,
// blocking WAL checkpoints and making a later write on this connection fail as stale.
void finish_read(soci::session& sql, soci::statement& statement);

}  // namespace anzan::db
