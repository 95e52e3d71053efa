// Runs a statement prepared once per connection (see prepared.hpp): `Lookup` owns its statement
// and the variables it binds; `setup` sets the inputs, `on_row` reads each row. The read is
// finished afterwards (no snapshot kept), and a failed statement is dropped so the next use
// prepares it afresh.
#pragma once
#include "platform/db/database.hpp"

namespace anzan::db {

template <typename Lookup, typename Setup, typename OnRow>
Result<void> run_prepared(Session& session, Setup setup, OnRow on_row, const char* what) {
    try {
        Lookup& lookup = session.prepared().get<Lookup>(session.sql());
        setup(lookup);
        if (lookup.statement.execute(true)) {
            do on_row(lookup);
            while (lookup.statement.fetch());
        }
        finish_read(session.sql(), lookup.statement);
        return {};
    } catch (const std::exception& e) {
        session.prepared().forget<Lookup>();
        return database_error(e, what);
    }
}

}  // namespace anzan::db
