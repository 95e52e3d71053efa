// Every SQL statement on the academy's tables: student_profiles and teacher_branches (later
// schedules, sessions, attendance, certificates). Functions take the caller's session or
// transaction first and never commit. Only src/academy/ writes these tables.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "academy/types.hpp"
#include "platform/result.hpp"

namespace anzan::academy::store {

// The ids of the students a StudentScope covers, as SQL for other areas' set-based statements
// ("… WHERE user_id IN (" kStudentsInScope ")"). Binds, in this order: :has_branch (0/1),
// :branch, :has_course (0/1), :course; with both flags 0 it selects every student.
#define ANZAN_ACADEMY_STUDENTS_IN_SCOPE                                                                \
    "SELECT sp.user_id FROM student_profiles sp JOIN users su ON su.id = sp.user_id"                  \
    " WHERE su.role = 'student' AND (:has_branch = 0 OR sp.branch = :branch)"                         \
    " AND (:has_course = 0 OR sp.course = :course)"

// The four values kStudentsInScope binds, owned for the statement's lifetime.
struct ScopeBinds {
    int has_branch = 0, has_course = 0;
    std::string branch, course;
    explicit ScopeBinds(const StudentScope& scope)
        : has_branch(scope.branch ? 1 : 0), has_course(scope.course ? 1 : 0),
          branch(scope.branch.value_or("")), course(scope.course.value_or("")) {}
    // Binds the four values, in the macro's order, to a statement being built.
    void bind_to(soci::statement& statement) const {
        statement.exchange(soci::use(has_branch));
        statement.exchange(soci::use(branch));
        statement.exchange(soci::use(has_course));
        statement.exchange(soci::use(course));
    }
};

// A new student's profile, with a fresh internal_uuid and status 'active'. Returns its id.
Result<long long> create_student_profile(soci::session& sql, const NewStudentProfile& profile, const std::string& now);
// Sets the given details (absent fields are left as they are).
Result<void> set_profile_details(soci::session& sql, long long user_id, const ProfileDetails& details,
                                 const std::string& now);

// The student's profile branch (nullopt without a profile or branch).
Result<std::optional<std::string>> student_branch(soci::session& sql, long long user_id);
// The student's profile branch and level (both unset without a profile).
Result<StudentPlacement> student_placement(soci::session& sql, long long user_id);
// The branches a teacher is assigned to, sorted.
Result<std::vector<std::string>> teacher_branches(soci::session& sql, long long user_id);

// Rows that point at a parent that is gone, one sentence per kind ("2 student profiles without
// their user"); empty when none.
Result<std::vector<std::string>> integrity_problems(soci::session& sql);

}  // namespace anzan::academy::store
