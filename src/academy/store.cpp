#include "academy/store.hpp"

#include <sodium.h>

#include "platform/db/database.hpp"
#include "platform/db/row_checks.hpp"

namespace anzan::academy::store {
namespace {

constexpr const char* kInsertProfile = R"sql(
    INSERT INTO student_profiles (user_id, internal_uuid, full_name, branch, course, status, created_at, updated_at)
    VALUES (:id, :uuid, :name, :branch, :course, 'active', :now, :now2) RETURNING id)sql";
constexpr const char* kStudentBranch = "SELECT branch FROM student_profiles WHERE user_id = :user_id";
constexpr const char* kStudentPlacement = "SELECT branch, level FROM student_profiles WHERE user_id = :user_id";
constexpr const char* kTeacherBranches = "SELECT branch FROM teacher_branches WHERE user_id = :user_id ORDER BY branch";

constexpr db::RowCheck kOrphanChecks[] = {
    {"student profiles without their user",
     "SELECT COUNT(*) FROM student_profiles p WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.user_id)"},
    {"attendance records without their session",
     "SELECT COUNT(*) FROM attendance_records r WHERE NOT EXISTS (SELECT 1 FROM class_sessions s WHERE s.id = r.session_id)"},
    {"attendance records without their student profile",
     "SELECT COUNT(*) FROM attendance_records r WHERE NOT EXISTS (SELECT 1 FROM student_profiles p WHERE p.id = r.student_profile_id)"},
};

// A random (version 4) UUID in its text form.
std::string new_uuid4() {
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);
    static const char kHex[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += kHex[bytes[i] >> 4];
        out += kHex[bytes[i] & 15];
    }
    return out;
}

}  // namespace

Result<long long> create_student_profile(soci::session& sql, const NewStudentProfile& profile, const std::string& now) {
    try {
        long long id = 0;
        const std::string uuid = new_uuid4();
        soci::indicator branch_ind = profile.branch ? soci::i_ok : soci::i_null;
        soci::indicator course_ind = profile.course ? soci::i_ok : soci::i_null;
        const std::string branch = profile.branch.value_or(""), course = profile.course.value_or("");
        sql << kInsertProfile, soci::use(profile.user_id), soci::use(uuid), soci::use(profile.full_name),
            soci::use(branch, branch_ind), soci::use(course, course_ind), soci::use(now), soci::use(now),
            soci::into(id);
        return id;
    } catch (const std::exception& e) {
        return db::database_error(e, "creating a student profile");
    }
}

Result<void> set_profile_details(soci::session& sql, long long user_id, const ProfileDetails& details,
                                 const std::string& now) {
    try {
        const struct {
            const char* column;
            const std::optional<std::string>& value;
        } fields[] = {{"public_id", details.public_id},
                      {"level", details.level},
                      {"level_type", details.level_type},
                      {"join_date", details.join_date}};
        for (const auto& field : fields) {
            if (!field.value) continue;
            // The column names are the fixed list above, never input.
            sql << "UPDATE student_profiles SET " + std::string(field.column) +
                       " = :value, updated_at = :now WHERE user_id = :id",
                soci::use(*field.value), soci::use(now), soci::use(user_id);
        }
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "updating a student profile");
    }
}

Result<std::optional<std::string>> student_branch(soci::session& sql, long long user_id) {
    try {
        std::string branch;
        soci::indicator ind{};
        sql << kStudentBranch, soci::use(user_id), soci::into(branch, ind);
        if (!sql.got_data() || ind != soci::i_ok) return std::optional<std::string>{};
        return std::optional<std::string>(branch);
    } catch (const std::exception& e) {
        return db::database_error(e, "reading the student's branch");
    }
}

Result<StudentPlacement> student_placement(soci::session& sql, long long user_id) {
    try {
        std::string branch, level;
        soci::indicator branch_ind = soci::i_null, level_ind = soci::i_null;
        sql << kStudentPlacement, soci::use(user_id), soci::into(branch, branch_ind), soci::into(level, level_ind);
        StudentPlacement placement;
        if (!sql.got_data()) return placement;
        if (branch_ind == soci::i_ok) placement.branch = branch;
        if (level_ind == soci::i_ok) placement.level = level;
        return placement;
    } catch (const std::exception& e) {
        return db::database_error(e, "reading the student's branch and level");
    }
}

Result<std::vector<std::string>> teacher_branches(soci::session& sql, long long user_id) {
    std::vector<std::string> branches;
    try {
        std::string branch;
        soci::statement st = (sql.prepare << kTeacherBranches, soci::use(user_id), soci::into(branch));
        st.execute();
        while (st.fetch()) branches.push_back(branch);
    } catch (const std::exception& e) {
        return db::database_error(e, "reading the teacher's branches");
    }
    return branches;
}

Result<std::vector<std::string>> integrity_problems(soci::session& sql) {
    return db::failed_row_checks(sql, kOrphanChecks, "checking academy rows");
}

}  // namespace anzan::academy::store
