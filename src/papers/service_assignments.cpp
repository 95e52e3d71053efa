// Paper assignments: who may set them, who sees them.
#include "academy/store.hpp"
#include "papers/attempt_rules.hpp"
#include "papers/service_attempts.hpp"
#include "papers/store.hpp"

namespace anzan::papers {
namespace {

// Forbidden unless the caller may manage `branch`, naming the branches they may.
Result<void> require_branch(soci::session& sql, const AuthUser& caller, const std::string& branch) {
    if (caller.role == Role::Admin) return {};
    const auto branches = TRY(academy::store::teacher_branches(sql, caller.id));
    if (can_manage_branch(caller.role, branches, branch)) return {};
    std::string own;
    for (const auto& name : branches) own += (own.empty() ? "" : ", ") + name;
    return Error::forbidden("You can assign papers only to the branches you teach (" +
                            (own.empty() ? std::string("none yet: ask an admin") : own) + ")");
}

}  // namespace

Result<PaperAssignment> assign_paper(db::Database& database, const AuthUser& caller, long long paper_id,
                                     const NewAssignment& assignment, Instant now) {
    const NewAssignment checked = TRY(check_new_assignment(assignment));
    auto tx = TRY(database.begin());
    TRY(require_branch(tx.sql(), caller, checked.branch));
    if (!TRY(store::find_paper(tx.sql(), paper_id))) return Error::not_found("Paper not found");
    const long long id = TRY(store::insert_assignment(tx.sql(), paper_id, checked, caller.id, format_utc(now)));
    auto created = TRY(store::find_assignment(tx.sql(), id));
    if (!created) return Error::internal("The new assignment could not be read back");
    TRY(tx.commit());
    return std::move(*created);
}

Result<std::vector<PaperAssignment>> list_assignments_for(db::Database& database, const AuthUser& caller) {
    auto session = database.session();
    if (caller.role == Role::Admin) return store::list_assignments(session.sql(), std::nullopt);
    const auto branches = TRY(academy::store::teacher_branches(session.sql(), caller.id));
    return store::list_assignments(session.sql(), branches);
}

Result<void> remove_assignment(db::Database& database, const AuthUser& caller, long long assignment_id) {
    auto tx = TRY(database.begin());
    const auto assignment = TRY(store::find_assignment(tx.sql(), assignment_id));
    if (!assignment) return Error::not_found("Assignment not found");
    TRY(require_branch(tx.sql(), caller, assignment->branch));
    TRY(store::delete_assignment(tx.sql(), assignment_id));
    return tx.commit();
}

Result<std::vector<AssignmentForStudent>> assignments_for_me(db::Database& database, const AuthUser& caller) {
    if (caller.role != Role::Student) return std::vector<AssignmentForStudent>();
    auto session = database.session();
    const auto placement = TRY(academy::store::student_placement(session.sql(), caller.id));
    if (!placement.branch) return std::vector<AssignmentForStudent>();
    return store::assignments_for_student(session.sql(), caller.id, *placement.branch, placement.level);
}

}  // namespace anzan::papers
