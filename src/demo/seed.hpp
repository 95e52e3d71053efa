// Demo data for a first look: an admin, a teacher and a dozen students in two branches, each
// student with a few weeks of mental-maths practice (sessions, attempts, ledger rows, leaderboard),
// and today's activity made through the services (server-graded sessions, a weekly paper set for a
// branch and some of its attempts; activity.hpp).
#pragma once
#include <ostream>
#include <string>

#include "platform/db/database.hpp"
#include "platform/time.hpp"

namespace anzan::demo {

struct DemoOptions {
    std::string password;  // empty: a random password per account, printed once
    std::string academy_timezone = "Asia/Kolkata";  // the day today's demo points count towards
};

// Creates the demo accounts and history in one transaction and prints the credentials to `out`.
// Conflict when demo data is already there (nothing is printed then: the passwords are not kept).
Result<void> seed_demo(db::Database& database, const DemoOptions& options, Instant now, std::ostream& out);
// Seeds only when the database has no users at all (used by `serve` in development).
Result<void> seed_if_empty(db::Database& database, const DemoOptions& options, Instant now, std::ostream& out);

}  // namespace anzan::demo
