// Paper assignments: a saved paper set for a branch (and optionally one level) by a teacher.
#include <algorithm>

#include "papers/store.hpp"
#include "platform/db/database.hpp"

namespace anzan::papers::store {
namespace {

constexpr const char* kInsertAssignment = R"sql(
    INSERT INTO paper_assignments (paper_id, branch, level, assigned_by_user_id, created_at)
    VALUES (:paper, :branch, :level, :by, :at) RETURNING id)sql";

// With the paper's title, level and seed: every reader shows them.
#define ANZAN_PAPERS_ASSIGNMENT_COLUMNS                                                              \
    "SELECT a.id, a.paper_id, p.title, p.level, p.seed, a.branch, a.level, a.assigned_by_user_id,"   \
    " CAST(a.created_at AS TEXT)"
#define ANZAN_PAPERS_ASSIGNMENT_FROM " FROM paper_assignments a JOIN papers p ON p.id = a.paper_id"

constexpr const char* kSelectAssignment =
    ANZAN_PAPERS_ASSIGNMENT_COLUMNS ANZAN_PAPERS_ASSIGNMENT_FROM " WHERE a.id = :id";
constexpr const char* kListAll =
    ANZAN_PAPERS_ASSIGNMENT_COLUMNS ANZAN_PAPERS_ASSIGNMENT_FROM " ORDER BY a.created_at DESC, a.id DESC";
constexpr const char* kListOfBranch = ANZAN_PAPERS_ASSIGNMENT_COLUMNS ANZAN_PAPERS_ASSIGNMENT_FROM
    " WHERE a.branch = :branch ORDER BY a.created_at DESC, a.id DESC";
// With the attempts the student made at each paper (its title and seed). A NULL :level (a student
// without one) matches only the assignments that name no level.
constexpr const char* kListForStudent = ANZAN_PAPERS_ASSIGNMENT_COLUMNS
    ", (SELECT COUNT(*) FROM paper_attempts pa WHERE pa.user_id = :u AND pa.paper_title = p.title"
    " AND pa.seed = p.seed)" ANZAN_PAPERS_ASSIGNMENT_FROM
    " WHERE a.branch = :branch AND (a.level IS NULL OR a.level = :level) ORDER BY a.created_at DESC, a.id DESC";
#undef ANZAN_PAPERS_ASSIGNMENT_FROM
#undef ANZAN_PAPERS_ASSIGNMENT_COLUMNS

constexpr const char* kDeleteAssignment = "DELETE FROM paper_assignments WHERE id = :id";

struct AssignmentColumns {
    PaperAssignment assignment;
    long long seed = 0, by = 0;
    std::string level;
    soci::indicator seed_ind = soci::i_null, level_ind = soci::i_null, by_ind = soci::i_null;

    void bind(soci::statement& st) {
        st.exchange(soci::into(assignment.id));
        st.exchange(soci::into(assignment.paper_id));
        st.exchange(soci::into(assignment.paper_title));
        st.exchange(soci::into(assignment.paper_level));
        st.exchange(soci::into(seed, seed_ind));
        st.exchange(soci::into(assignment.branch));
        st.exchange(soci::into(level, level_ind));
        st.exchange(soci::into(by, by_ind));
        st.exchange(soci::into(assignment.created_at));
    }
    PaperAssignment take() const {
        PaperAssignment out = assignment;
        out.paper_seed = seed_ind == soci::i_ok ? std::optional<std::int64_t>(seed) : std::nullopt;
        out.level = level_ind == soci::i_ok ? std::optional<std::string>(level) : std::nullopt;
        out.assigned_by_user_id = by_ind == soci::i_ok ? std::optional<long long>(by) : std::nullopt;
        return out;
    }
};

// Runs a prepared assignments query and collects its rows.
Result<std::vector<PaperAssignment>> collect_assignments(soci::statement& st, AssignmentColumns& columns) {
    std::vector<PaperAssignment> out;
    columns.bind(st);
    st.define_and_bind();
    if (st.execute(true)) {
        do out.push_back(columns.take());
        while (st.fetch());
    }
    return out;
}

}  // namespace

Result<long long> insert_assignment(soci::session& sql, long long paper_id, const NewAssignment& assignment,
                                    long long by_user_id, const std::string& created_at) {
    try {
        long long id = 0;
        const std::string level = assignment.level.value_or("");
        soci::indicator level_ind = assignment.level ? soci::i_ok : soci::i_null;
        sql << kInsertAssignment, soci::use(paper_id), soci::use(assignment.branch), soci::use(level, level_ind),
            soci::use(by_user_id), soci::use(created_at), soci::into(id);
        return id;
    } catch (const std::exception& e) {
        if (db::is_unique_violation(e))
            return Error::conflict("This paper is already assigned to " + assignment.branch +
                                   (assignment.level ? " (level " + *assignment.level + ")" : std::string()));
        return db::database_error(e, "assigning a paper");
    }
}

Result<std::optional<PaperAssignment>> find_assignment(soci::session& sql, long long assignment_id) {
    try {
        AssignmentColumns columns;
        soci::statement st = (sql.prepare << kSelectAssignment, soci::use(assignment_id));
        columns.bind(st);
        st.define_and_bind();
        if (!st.execute(true)) return std::optional<PaperAssignment>();
        return std::optional<PaperAssignment>(columns.take());
    } catch (const std::exception& e) {
        return db::database_error(e, "reading an assignment");
    }
}

Result<std::vector<PaperAssignment>> list_assignments(soci::session& sql,
                                                      const std::optional<std::vector<std::string>>& branches) {
    try {
        if (!branches) {
            AssignmentColumns columns;
            soci::statement st = (sql.prepare << kListAll);
            return collect_assignments(st, columns);
        }
        // A teacher has a few branches: one indexed query each, merged newest first.
        std::vector<PaperAssignment> out;
        for (const auto& branch : *branches) {
            AssignmentColumns columns;
            soci::statement st = (sql.prepare << kListOfBranch, soci::use(branch));
            for (auto& row : TRY(collect_assignments(st, columns))) out.push_back(std::move(row));
        }
        std::stable_sort(out.begin(), out.end(), [](const PaperAssignment& a, const PaperAssignment& b) {
            return a.created_at != b.created_at ? a.created_at > b.created_at : a.id > b.id;
        });
        return out;
    } catch (const std::exception& e) {
        return db::database_error(e, "listing assignments");
    }
}

Result<std::vector<AssignmentForStudent>> assignments_for_student(soci::session& sql, long long user_id,
                                                                  const std::string& branch,
                                                                  const std::optional<std::string>& level) {
    try {
        std::vector<AssignmentForStudent> out;
        AssignmentColumns columns;
        long long attempts = 0;
        const std::string level_value = level.value_or("");
        soci::indicator level_ind = level ? soci::i_ok : soci::i_null;
        soci::statement st = (sql.prepare << kListForStudent, soci::use(user_id), soci::use(branch),
                              soci::use(level_value, level_ind));
        columns.bind(st);
        st.exchange(soci::into(attempts));
        st.define_and_bind();
        if (st.execute(true)) {
            do out.push_back({columns.take(), attempts});
            while (st.fetch());
        }
        return out;
    } catch (const std::exception& e) {
        return db::database_error(e, "listing a student's assignments");
    }
}

Result<bool> delete_assignment(soci::session& sql, long long assignment_id) {
    try {
        soci::statement st = (sql.prepare << kDeleteAssignment, soci::use(assignment_id));
        st.execute(true);
        return st.get_affected_rows() > 0;
    } catch (const std::exception& e) {
        return db::database_error(e, "removing an assignment");
    }
}

}  // namespace anzan::papers::store
