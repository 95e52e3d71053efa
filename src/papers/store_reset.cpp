// The season reset's share of the papers area: the paper attempts of the students in scope.
// Assignments stay: they are the teachers' plan, not a student's progress.
#include "academy/store.hpp"
#include "papers/store.hpp"
#include "platform/db/database.hpp"
#include "platform/db/row_checks.hpp"

namespace anzan::papers::store {
namespace {

constexpr const char* kTable = "paper_attempts";
constexpr const char* kKey = "paper_attempts_deleted";
constexpr const char* kLabel = "paper attempts";
constexpr const char* kDeleteAll = "DELETE FROM paper_attempts";
constexpr const char* kDeleteScoped = "DELETE FROM paper_attempts WHERE user_id IN (" ANZAN_ACADEMY_STUDENTS_IN_SCOPE ")";
constexpr const char* kCountAll = "SELECT COUNT(*) FROM paper_attempts";
constexpr const char* kCountScoped =
    "SELECT COUNT(*) FROM paper_attempts WHERE user_id IN (" ANZAN_ACADEMY_STUDENTS_IN_SCOPE ")";
constexpr db::RowCheck kOrphanChecks[] = {
    {"paper attempts without their user",
     "SELECT COUNT(*) FROM paper_attempts p WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.user_id)"},
    {"paper assignments without their paper",
     "SELECT COUNT(*) FROM paper_assignments a WHERE NOT EXISTS (SELECT 1 FROM papers p WHERE p.id = a.paper_id)"},
};

}  // namespace

std::vector<ResetTable> reset_tables() { return {{kTable, true}}; }

Result<TableCounts> count_in_scope(soci::session& sql, const academy::StudentScope& scope) {
    const academy::store::ScopeBinds b(scope);
    try {
        long long n = 0;
        if (scope.is_everyone())
            sql << kCountAll, soci::into(n);
        else
            sql << kCountScoped, soci::use(b.has_branch), soci::use(b.branch), soci::use(b.has_course),
                soci::use(b.course), soci::into(n);
        return TableCounts{{kTable, kKey, kLabel, n}};
    } catch (const std::exception& e) {
        return db::database_error(e, "counting paper attempts for a dry run");
    }
}

Result<TableCounts> reset_in_scope(soci::session& sql, const academy::StudentScope& scope,
                                   const std::function<void(std::string_view)>& on_step) {
    const academy::store::ScopeBinds b(scope);
    try {
        if (on_step) on_step("deleting paper attempts");
        soci::statement st(sql);
        st.alloc();
        if (!scope.is_everyone()) b.bind_to(st);
        st.prepare(scope.is_everyone() ? kDeleteAll : kDeleteScoped);
        st.define_and_bind();
        st.execute(true);
        return TableCounts{{kTable, kKey, kLabel, st.get_affected_rows()}};
    } catch (const std::exception& e) {
        return db::database_error(e, "deleting paper attempts");
    }
}

Result<std::vector<std::string>> integrity_problems(soci::session& sql) {
    return db::failed_row_checks(sql, kOrphanChecks, "checking paper attempts and assignments");
}

}  // namespace anzan::papers::store
