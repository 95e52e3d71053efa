// The read queries of the seasons store (store.hpp): archived seasons, standings, the audit log and
// the branches a caller may see. The reset's statements are in store.cpp.
#include "platform/db/database.hpp"
#include "platform/db/row_checks.hpp"
#include "seasons/store.hpp"

namespace anzan::seasons::store {
namespace {
#define ANZAN_SEASON_COLUMNS                                                                           \
    "SELECT s.id, s.name, s.scope_branch, s.scope_course, s.started_at, s.ended_at, s.reset_by_user_id," \
    " s.reset_by_os_user, s.backup_path,"                                                             \
    " (SELECT COUNT(*) FROM season_standings t WHERE t.season_id = s.id) FROM seasons s"
constexpr const char* kListSeasons = ANZAN_SEASON_COLUMNS " ORDER BY s.id DESC";
constexpr const char* kFindSeason = ANZAN_SEASON_COLUMNS " WHERE s.id = :id";

constexpr const char* kSeasonStandings = R"sql(
    SELECT user_id, name, public_id, branch, course, level, final_points, rank, weekly_points, current_streak,
           longest_streak, total_questions_attempted, badges_count, badges
      FROM season_standings WHERE season_id = :season_id ORDER BY rank, user_id)sql";

constexpr const char* kAuditPage = R"sql(
    SELECT id, actor_user_id, actor_os_user, action, scope, counts, backup_path, detail, created_at
      FROM admin_audit_log ORDER BY created_at DESC, id DESC LIMIT :limit)sql";


std::optional<std::string> optional_text(const std::string& value, soci::indicator ind) {
    if (ind != soci::i_ok) return std::nullopt;
    return value;
}

std::optional<long long> optional_integer(long long value, soci::indicator ind) {
    if (ind != soci::i_ok) return std::nullopt;
    return value;
}

// Reads the season columns of ANZAN_SEASON_COLUMNS; the statement must already be prepared with
// the into()s of `SeasonInto`.
struct SeasonInto {
    Season season;
    std::string scope_branch, scope_course, started_at, ended_at, os_user, backup_path;
    long long user_id = 0;
    soci::indicator branch_ind{}, course_ind{}, started_ind{}, ended_ind{}, user_ind{}, os_ind{}, backup_ind{};

    void bind(soci::statement& st) {
        st.exchange(soci::into(season.id));
        st.exchange(soci::into(season.name));
        st.exchange(soci::into(scope_branch, branch_ind));
        st.exchange(soci::into(scope_course, course_ind));
        st.exchange(soci::into(started_at, started_ind));
        st.exchange(soci::into(ended_at, ended_ind));
        st.exchange(soci::into(user_id, user_ind));
        st.exchange(soci::into(os_user, os_ind));
        st.exchange(soci::into(backup_path, backup_ind));
        st.exchange(soci::into(season.standings_count));
    }
    Season take() {
        Season out = season;
        out.scope_branch = optional_text(scope_branch, branch_ind);
        out.scope_course = optional_text(scope_course, course_ind);
        out.started_at = optional_text(started_at, started_ind);
        out.ended_at = optional_text(ended_at, ended_ind);
        out.reset_by_user_id = optional_integer(user_id, user_ind);
        out.reset_by_os_user = optional_text(os_user, os_ind);
        out.backup_path = optional_text(backup_path, backup_ind);
        return out;
    }
};

}  // namespace

Result<std::vector<Season>> list_seasons(soci::session& sql) {
    std::vector<Season> seasons;
    try {
        SeasonInto row;
        soci::statement st(sql);
        st.alloc();
        row.bind(st);
        st.prepare(kListSeasons);
        st.define_and_bind();
        st.execute();
        while (st.fetch()) seasons.push_back(row.take());
    } catch (const std::exception& e) {
        return db::database_error(e, "listing seasons");
    }
    return seasons;
}

Result<std::optional<Season>> find_season(soci::session& sql, long long season_id) {
    try {
        SeasonInto row;
        soci::statement st(sql);
        st.alloc();
        row.bind(st);
        st.exchange(soci::use(season_id));
        st.prepare(kFindSeason);
        st.define_and_bind();
        st.execute();
        if (!st.fetch()) return std::optional<Season>{};
        return std::optional<Season>(row.take());
    } catch (const std::exception& e) {
        return db::database_error(e, "reading a season");
    }
}

Result<std::vector<Standing>> season_standings(soci::session& sql, long long season_id) {
    std::vector<Standing> standings;
    try {
        Standing s;
        std::string public_id, branch, course, level;
        long long rank = 0;
        soci::indicator public_ind{}, branch_ind{}, course_ind{}, level_ind{}, rank_ind{};
        soci::statement st = (sql.prepare << kSeasonStandings, soci::use(season_id), soci::into(s.user_id),
                              soci::into(s.name), soci::into(public_id, public_ind), soci::into(branch, branch_ind),
                              soci::into(course, course_ind), soci::into(level, level_ind),
                              soci::into(s.final_points), soci::into(rank, rank_ind), soci::into(s.weekly_points),
                              soci::into(s.current_streak), soci::into(s.longest_streak),
                              soci::into(s.total_questions_attempted), soci::into(s.badges_count),
                              soci::into(s.badges_json));
        st.execute();
        while (st.fetch()) {
            Standing out = s;
            out.public_id = optional_text(public_id, public_ind);
            out.branch = optional_text(branch, branch_ind);
            out.course = optional_text(course, course_ind);
            out.level = optional_text(level, level_ind);
            out.rank = optional_integer(rank, rank_ind);
            standings.push_back(std::move(out));
        }
    } catch (const std::exception& e) {
        return db::database_error(e, "reading season standings");
    }
    return standings;
}

Result<std::vector<AuditEntry>> audit_page(soci::session& sql, long long limit) {
    std::vector<AuditEntry> entries;
    try {
        AuditEntry e;
        long long user_id = 0;
        std::string os_user, scope, counts, backup, detail;
        soci::indicator user_ind{}, os_ind{}, scope_ind{}, counts_ind{}, backup_ind{}, detail_ind{};
        soci::statement st = (sql.prepare << kAuditPage, soci::use(limit), soci::into(e.id),
                              soci::into(user_id, user_ind), soci::into(os_user, os_ind), soci::into(e.action),
                              soci::into(scope, scope_ind), soci::into(counts, counts_ind),
                              soci::into(backup, backup_ind), soci::into(detail, detail_ind),
                              soci::into(e.created_at));
        st.execute();
        while (st.fetch()) {
            AuditEntry out = e;
            out.actor_user_id = optional_integer(user_id, user_ind);
            out.actor_os_user = optional_text(os_user, os_ind);
            out.scope_json = optional_text(scope, scope_ind);
            out.counts_json = optional_text(counts, counts_ind);
            out.backup_path = optional_text(backup, backup_ind);
            out.detail = optional_text(detail, detail_ind);
            entries.push_back(std::move(out));
        }
    } catch (const std::exception& ex) {
        return db::database_error(ex, "reading the audit log");
    }
    return entries;
}

Result<std::vector<std::string>> integrity_problems(soci::session& sql) {
    static constexpr db::RowCheck kOrphanChecks[] = {
        {"season standings without their season",
         "SELECT COUNT(*) FROM season_standings s WHERE NOT EXISTS (SELECT 1 FROM seasons z WHERE z.id = s.season_id)"},
    };
    return db::failed_row_checks(sql, kOrphanChecks, "checking seasons");
}

}  // namespace anzan::seasons::store
