#include "progress/integrity.hpp"

#include "platform/db/database.hpp"

namespace anzan::progress {
namespace {

// Users whose ledger does not add up to their balance.
constexpr const char* kLedgerMismatches = R"sql(
    SELECT u.id, COALESCE(u.total_points, 0), COALESCE(l.total, 0)
      FROM users u LEFT JOIN (SELECT user_id, SUM(points) AS total FROM points_logs GROUP BY user_id) l
        ON l.user_id = u.id
     WHERE COALESCE(u.total_points, 0) <> COALESCE(l.total, 0)
     ORDER BY u.id LIMIT 20)sql";

constexpr const char* kLeaderboardMismatches = R"sql(
    SELECT COUNT(*) FROM leaderboard b JOIN users u ON u.id = b.user_id
     WHERE COALESCE(b.total_points, 0) <> COALESCE(u.total_points, 0))sql";

struct OrphanCheck {
    const char* what;
    const char* sql;
};

constexpr OrphanCheck kOrphanChecks[] = {
    {"attempts without their practice session",
     "SELECT COUNT(*) FROM attempts a WHERE NOT EXISTS (SELECT 1 FROM practice_sessions s WHERE s.id = a.session_id)"},
    {"practice sessions without their user",
     "SELECT COUNT(*) FROM practice_sessions s WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = s.user_id)"},
    {"paper attempts without their user",
     "SELECT COUNT(*) FROM paper_attempts p WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.user_id)"},
    {"rewards without their user",
     "SELECT COUNT(*) FROM rewards r WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = r.user_id)"},
    {"points log rows without their user",
     "SELECT COUNT(*) FROM points_logs p WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.user_id)"},
    {"leaderboard rows without their user",
     "SELECT COUNT(*) FROM leaderboard b WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = b.user_id)"},
    {"student profiles without their user",
     "SELECT COUNT(*) FROM student_profiles p WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = p.user_id)"},
    {"streak days without their user",
     "SELECT COUNT(*) FROM streak_days d WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.id = d.user_id)"},
    {"attendance records without their session",
     "SELECT COUNT(*) FROM attendance_records r WHERE NOT EXISTS (SELECT 1 FROM class_sessions s WHERE s.id = r.session_id)"},
    {"attendance records without their student profile",
     "SELECT COUNT(*) FROM attendance_records r WHERE NOT EXISTS (SELECT 1 FROM student_profiles p WHERE p.id = r.student_profile_id)"},
    {"fee transactions without their assignment",
     "SELECT COUNT(*) FROM fee_transactions t WHERE NOT EXISTS (SELECT 1 FROM fee_assignments a WHERE a.id = t.assignment_id)"},
    {"season standings without their season",
     "SELECT COUNT(*) FROM season_standings s WHERE NOT EXISTS (SELECT 1 FROM seasons z WHERE z.id = s.season_id)"},
};

}  // namespace

Result<IntegrityReport> check_integrity(soci::session& sql) {
    IntegrityReport report;
    try {
        sql << "SELECT COUNT(*) FROM users", soci::into(report.users_checked);
        long long user_id = 0, balance = 0, ledger = 0;
        soci::statement st = (sql.prepare << kLedgerMismatches, soci::into(user_id), soci::into(balance), soci::into(ledger));
        st.execute();
        while (st.fetch())
            report.problems.push_back("user " + std::to_string(user_id) + ": balance " + std::to_string(balance) +
                                      " but the points ledger sums to " + std::to_string(ledger));
        long long count = 0;
        sql << kLeaderboardMismatches, soci::into(count);
        if (count > 0) report.problems.push_back(std::to_string(count) + " leaderboard rows disagree with the users' balances");
        for (const auto& check : kOrphanChecks) {
            sql << check.sql, soci::into(count);
            if (count > 0) report.problems.push_back(std::to_string(count) + " " + check.what);
        }
    } catch (const std::exception& e) {
        return db::database_error(e, "checking integrity");
    }
    return report;
}

}  // namespace anzan::progress
