// Today's demo activity, made through the practice and papers services (see activity.cpp).
#pragma once
#include <string>
#include <vector>

#include "platform/config.hpp"
#include "platform/db/database.hpp"
#include "platform/identity.hpp"
#include "platform/time.hpp"

namespace anzan::demo {

struct DemoActivity {
    Config config;             // the academy's time zone decides the day points count towards
    std::string presets_dir;   // level presets (the weekly paper uses AB-2's)
    AuthUser admin;            // sets the weekly paper
    std::vector<AuthUser> students;
    Instant now;
};

// Sessions for up to eight students, a weekly AB-2 paper assigned to Rohini-16 and three of its
// students' attempts. Each write is its service's own transaction.
Result<void> add_todays_activity(db::Database& database, const DemoActivity& activity);

}  // namespace anzan::demo
