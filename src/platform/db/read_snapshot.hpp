// Several reads that must agree (a dashboard's totals and its lists) in one read transaction: one
// snapshot, and on SQLite one read lock instead of one per statement. Ends with the scope (a read
// has nothing to commit); the connection goes back to the pool outside any transaction.
#pragma once
#include "platform/db/database.hpp"

namespace anzan::db {

class ReadSnapshot {
public:
    explicit ReadSnapshot(Session& session) : sql_(session.sql()) { sql_.begin(); }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    ~ReadSnapshot() {
        try {
            sql_.rollback();
        } catch (...) {  // the connection is broken; the pool's next user finds out
        }
    }

private:
    soci::session& sql_;
};

}  // namespace anzan::db
