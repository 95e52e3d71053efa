// Plain data of the academy area: student profiles (branch, course, level, public id) and which
// students a scoped operation covers. No behaviour here; see store.hpp.
#pragma once
#include <optional>
#include <string>

namespace anzan::academy {

// Which students: both fields empty means every user (staff included), as the legacy reset did;
// otherwise the students whose profile matches every given field.
struct StudentScope {
    std::optional<std::string> branch;
    std::optional<std::string> course;
    bool is_everyone() const { return !branch && !course; }
};

// The profile every student account gets when it is created.
struct NewStudentProfile {
    long long user_id = 0;
    std::string full_name;
    std::optional<std::string> branch, course;
};

// Where a student sits in the academy: their profile's branch and level (either may be unset).
struct StudentPlacement {
    std::optional<std::string> branch, level;
};

// Fields an admin (or the demo) sets on a profile after it exists.
struct ProfileDetails {
    std::optional<std::string> public_id;  // "TH-0001"
    std::optional<std::string> level, level_type;
    std::optional<std::string> join_date;  // storage text, UTC
};

}  // namespace anzan::academy
