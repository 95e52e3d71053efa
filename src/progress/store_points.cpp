// Point rules, earned credits, the daily login bonus and ledger reads.
#include <map>

#include "platform/db/database.hpp"
#include "platform/db/run_prepared.hpp"
#include "progress/rules.hpp"
#include "progress/store.hpp"

namespace anzan::progress::store {
namespace {

constexpr const char* kSelectRules = "SELECT key, points FROM point_rules";
constexpr const char* kListRules = R"sql(
    SELECT key, points, description, CAST(updated_at AS TEXT), updated_by_user_id FROM point_rules ORDER BY key)sql";
constexpr const char* kSetRule = R"sql(
    UPDATE point_rules SET points = :p, updated_at = :at, updated_by_user_id = :by WHERE key = :k)sql";
constexpr const char* kEarnedToday = R"sql(
    SELECT COALESCE(SUM(points), 0) FROM points_logs
     WHERE user_id = :u AND source_type = :t AND created_at >= :day AND points > 0)sql";
constexpr const char* kBalance = "SELECT total_points FROM users WHERE id = :id";
// Takes the user's row lock (PostgreSQL) before "earned today" is read, so concurrent earnings of
// one user are capped one after the other; SQLite transactions are serial already.
constexpr const char* kLockUser = "UPDATE users SET total_points = total_points WHERE id = :id";
constexpr const char* kSetLoginDay = "UPDATE users SET last_daily_login_bonus_date = :at WHERE id = :id";
constexpr const char* kLedgerPage = R"sql(
    SELECT id, points, source_type, source_id, description, CAST(extra_data AS TEXT), CAST(created_at AS TEXT)
      FROM points_logs WHERE user_id = :u ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset)sql";
constexpr const char* kLedgerSum = "SELECT COALESCE(SUM(points), 0) FROM points_logs WHERE user_id = :u";
constexpr const char* kLedgerCount = "SELECT COUNT(*) FROM points_logs WHERE user_id = :u";

// Each key of point_rules and the PointRules member it sets.
const std::map<std::string, long long PointRules::*>& rule_members() {
    static const std::map<std::string, long long PointRules::*> kMembers = {
        {"per_answered", &PointRules::per_answered},
        {"per_correct", &PointRules::per_correct},
        {"daily_login", &PointRules::daily_login},
        {"streak_bonus_7", &PointRules::streak_bonus_7},
        {"streak_bonus_14", &PointRules::streak_bonus_14},
        {"streak_bonus_21", &PointRules::streak_bonus_21},
        {"streak_bonus_month", &PointRules::streak_bonus_month},
        {"grace_skip_cost", &PointRules::grace_skip_cost},
        {"qualifying_questions", &PointRules::qualifying_questions},
        {"daily_cap_mental_math", &PointRules::daily_cap_mental_math},
        {"daily_cap_paper_attempt", &PointRules::daily_cap_paper_attempt},
    };
    return kMembers;
}

struct AllRules {
    explicit AllRules(soci::session& sql) : statement(sql) {
        statement.exchange(soci::into(key));
        statement.exchange(soci::into(points));
        statement.alloc();
        statement.prepare(kSelectRules);
        statement.define_and_bind();
    }
    std::string key;
    long long points = 0;
    soci::statement statement;
};

struct BalanceOf {
    explicit BalanceOf(soci::session& sql) : statement(sql) {
        statement.exchange(soci::into(points));
        statement.exchange(soci::use(user_id));
        statement.alloc();
        statement.prepare(kBalance);
        statement.define_and_bind();
    }
    long long user_id = 0, points = 0;
    soci::statement statement;
};

long long cap_of(const PointRules& rules, const std::string& source_type) {
    if (source_type == "mental_math") return rules.daily_cap_mental_math;
    if (source_type == "paper_attempt") return rules.daily_cap_paper_attempt;
    return 0;
}

}  // namespace

Result<PointRules> load_point_rules(db::Session& session) {
    PointRules rules;
    const auto& members = rule_members();
    TRY(db::run_prepared<AllRules>(
        session, [](AllRules&) {},
        [&](AllRules& l) {
            if (const auto it = members.find(l.key); it != members.end()) rules.*(it->second) = l.points;
        },
        "reading the point rules"));
    return rules;
}

Result<std::vector<PointRule>> list_point_rules(soci::session& sql) {
    try {
        std::vector<PointRule> out;
        PointRule rule;
        long long by = 0;
        soci::indicator by_ind = soci::i_null, at_ind = soci::i_null;
        soci::statement st = (sql.prepare << kListRules, soci::into(rule.key), soci::into(rule.points),
                              soci::into(rule.description), soci::into(rule.updated_at, at_ind),
                              soci::into(by, by_ind));
        if (st.execute(true)) {
            do {
                PointRule row = rule;
                row.updated_by_user_id = by_ind == soci::i_ok ? std::optional<long long>(by) : std::nullopt;
                if (at_ind != soci::i_ok) row.updated_at.clear();
                out.push_back(std::move(row));
            } while (st.fetch());
        }
        return out;
    } catch (const std::exception& e) {
        return db::database_error(e, "listing the point rules");
    }
}

Result<void> set_point_rules(soci::session& sql, const std::vector<std::pair<std::string, long long>>& values,
                             long long by_user_id, const std::string& at) {
    try {
        for (const auto& [key, points] : values) {
            long long p = points;
            soci::statement st =
                (sql.prepare << kSetRule, soci::use(p), soci::use(at), soci::use(by_user_id), soci::use(key));
            st.execute(true);
            if (st.get_affected_rows() == 0) return Error::not_found("Unknown point rule '" + key + "'");
        }
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "changing the point rules");
    }
}

Result<long long> balance(db::Session& session, long long user_id) {
    std::optional<long long> points;
    TRY(db::run_prepared<BalanceOf>(
        session, [&](BalanceOf& l) { l.user_id = user_id; }, [&](BalanceOf& l) { points = l.points; },
        "reading the balance"));
    if (!points) return Error::not_found("User not found");
    return *points;
}

Result<Earned> credit_earning(db::Session& session, const Earning& earning) {
    const auto rules = TRY(load_point_rules(session));
    long long points = rules::points_for(earning.answered, earning.correct, rules);
    if (const long long cap = cap_of(rules, earning.source_type); cap > 0 && points > 0) {
        try {
            // Without it, two submits at once each read the total before the other's credit and
            // both pay up to the cap (each PostgreSQL statement sees only what was committed).
            session.sql() << kLockUser, soci::use(earning.user_id);
            long long earned_today = 0;
            session.sql() << kEarnedToday, soci::use(earning.user_id), soci::use(earning.source_type),
                soci::use(earning.day_start), soci::into(earned_today);
            points = rules::capped_points(points, earned_today, cap);
        } catch (const std::exception& e) {
            return db::database_error(e, "reading today's points");
        }
    }
    Credit credit{.user_id = earning.user_id,
                  .points = points,
                  .source_type = earning.source_type,
                  .source_id = earning.source_id,
                  .description = earning.description,
                  .extra_json = earning.extra_json,
                  .idempotency_key = earning.source_type + ":" + std::to_string(earning.source_id),
                  .created_at = earning.at};
    Earned earned;
    earned.credited = TRY(store::credit(session, credit));
    if (earned.credited) {
        earned.points = points;
        TRY(add_practice_totals(session, earning.user_id, earning.answered, earning.at));
    }
    earned.total_points = TRY(balance(session, earning.user_id));
    return earned;
}

Result<bool> credit_daily_login(db::Session& session, long long user_id, long long points, const std::string& day,
                                const std::string& at) {
    Credit credit{.user_id = user_id,
                  .points = points,
                  .source_type = "daily_login",
                  .source_id = std::nullopt,
                  .description = "Daily login bonus",
                  .extra_json = R"({"day":")" + day + R"("})",
                  .idempotency_key = "daily_login:" + std::to_string(user_id) + ":" + day,
                  .created_at = at};
    // A bonus of 0 (switched off) writes no ledger row; the day is still recorded.
    const bool credited = points > 0 && TRY(store::credit(session, credit));
    try {
        session.sql() << kSetLoginDay, soci::use(at), soci::use(user_id);
    } catch (const std::exception& e) {
        return db::database_error(e, "recording the login day");
    }
    return credited;
}

Result<std::vector<LedgerEntry>> ledger_page(soci::session& sql, long long user_id, long long limit, long long offset) {
    try {
        std::vector<LedgerEntry> out;
        LedgerEntry e;
        long long source_id = 0;
        soci::indicator source_ind = soci::i_null, extra_ind = soci::i_null;
        soci::statement st = (sql.prepare << kLedgerPage, soci::use(user_id), soci::use(limit), soci::use(offset),
                              soci::into(e.id), soci::into(e.points), soci::into(e.source_type),
                              soci::into(source_id, source_ind), soci::into(e.description),
                              soci::into(e.extra_json, extra_ind), soci::into(e.created_at));
        if (st.execute(true)) {
            do {
                LedgerEntry row = e;
                row.source_id = source_ind == soci::i_ok ? std::optional<long long>(source_id) : std::nullopt;
                if (extra_ind != soci::i_ok || row.extra_json.empty()) row.extra_json = "{}";
                out.push_back(std::move(row));
            } while (st.fetch());
        }
        return out;
    } catch (const std::exception& ex) {
        return db::database_error(ex, "reading the points history");
    }
}

Result<long long> ledger_sum(soci::session& sql, long long user_id) {
    try {
        long long sum = 0;
        sql << kLedgerSum, soci::use(user_id), soci::into(sum);
        return sum;
    } catch (const std::exception& e) {
        return db::database_error(e, "summing the points history");
    }
}

Result<long long> ledger_count(soci::session& sql, long long user_id) {
    try {
        long long count = 0;
        sql << kLedgerCount, soci::use(user_id), soci::into(count);
        return count;
    } catch (const std::exception& e) {
        return db::database_error(e, "counting the points history");
    }
}

}  // namespace anzan::progress::store
