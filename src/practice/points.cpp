#include "practice/points.hpp"

#include <sodium.h>

#include "accounts/store.hpp"
#include "progress/store.hpp"
#include "seasons/store.hpp"

namespace anzan::practice {
namespace {

using json = nlohmann::json;
constexpr long long kMaxRuleValue = 1000000;

std::string fresh_key() {
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    char hex[33];
    sodium_bin2hex(hex, sizeof hex, bytes, sizeof bytes);
    return hex;
}

json rules_json(const std::vector<progress::PointRule>& rules) {
    json out = json::array();
    for (const auto& r : rules)
        out.push_back({{"key", r.key},
                       {"points", r.points},
                       {"description", r.description},
                       {"updated_at", r.updated_at.empty() ? json(nullptr) : json(storage_to_iso(r.updated_at))},
                       {"updated_by_user_id", r.updated_by_user_id ? json(*r.updated_by_user_id) : json(nullptr)}});
    return out;
}

json values_of(const std::vector<progress::PointRule>& rules) {
    json out = json::object();
    for (const auto& r : rules) out[r.key] = r.points;
    return out;
}

// The admin's name for the ledger's description ("Adjusted by Asha (asha@academy.in)").
std::string staff_label(db::Session& session, long long admin_id) {
    const auto admin = accounts::store::find_user(session, admin_id);
    if (!admin || !*admin) return "staff";
    const auto& user = **admin;
    return user.display_name.value_or(user.name) + " (" + user.email + ")";
}

Result<accounts::User> student(db::Session& session, long long user_id) {
    const auto user = TRY(accounts::store::find_user(session, user_id));
    if (!user || user->role != Role::Student) return Error::not_found("Student not found");
    return *user;
}

}  // namespace

Result<json> point_rules_json(db::Database& database) {
    auto session = database.session();
    return rules_json(TRY(progress::store::list_point_rules(session.sql())));
}

Result<json> update_point_rules(db::Database& database, long long admin_id,
                                const std::vector<std::pair<std::string, long long>>& values, Instant now) {
    if (values.empty()) return Error::invalid("rules must name at least one rule");
    for (const auto& [key, points] : values)
        if (points < 0 || points > kMaxRuleValue)
            return Error::invalid("rules." + key + " must be between 0 and " + std::to_string(kMaxRuleValue));
    auto tx = TRY(database.begin());
    const auto before = TRY(progress::store::list_point_rules(tx.sql()));
    TRY(progress::store::set_point_rules(tx.sql(), values, admin_id, format_utc(now)));
    const auto after = TRY(progress::store::list_point_rules(tx.sql()));
    seasons::store::AuditRow audit{.actor = {.user_id = admin_id, .os_user = ""},
                                   .action = "point_rules_update",
                                   .detail = json{{"before", values_of(before)}, {"after", values_of(after)}}.dump(),
                                   .created_at = format_utc(now)};
    TRY(seasons::store::insert_audit(tx.sql(), audit));
    TRY(tx.commit());
    return rules_json(after);
}

Result<json> adjust_points(db::Database& database, long long admin_id, const Adjustment& a, Instant now) {
    if (a.points == 0) return Error::invalid("points must not be 0");
    auto tx = TRY(database.begin());
    const auto user = TRY(student(tx.session(), a.user_id));
    const long long balance = TRY(progress::store::balance(tx.session(), a.user_id));
    // Keys are per student: the same key sent for another student is another adjustment.
    const std::string key = "admin_adjustment:" + std::to_string(a.user_id) + ":" +
                            (a.idempotency_key.empty() ? fresh_key() : a.idempotency_key);
    const bool credited = TRY(progress::store::credit(
        tx.session(), progress::Credit{.user_id = a.user_id,
                                   .points = a.points,
                                   .source_type = "admin_adjustment",
                                   .source_id = std::nullopt,
                                   .description = "Adjusted by " + staff_label(tx.session(), admin_id) + ": " + a.reason,
                                   .extra_json = json{{"adjusted_by", admin_id}, {"reason", a.reason},
                                                      {"old_points", balance}}
                                                     .dump(),
                                   .idempotency_key = key,
                                   .created_at = format_utc(now)}));
    const long long total = TRY(progress::store::balance(tx.session(), a.user_id));
    // Checked after the credit, so a replayed adjustment answers as the first did.
    if (credited && total < 0)
        return Error::conflict("This would take " + user.name + "'s points below 0 (they have " +
                               std::to_string(balance) + ")");
    TRY(tx.commit());
    return json{{"user_id", a.user_id}, {"points", a.points}, {"total_points", total}, {"reason", a.reason},
                {"credited", credited}};
}

Result<json> set_points_legacy(db::Database& database, long long admin_id, long long user_id, long long points,
                               Instant now) {
    auto tx = TRY(database.begin());
    TRY(student(tx.session(), user_id));
    const long long old_points = TRY(progress::store::balance(tx.session(), user_id));
    const long long new_points = std::max(0LL, points);
    if (new_points != old_points) {
        const std::string reason = "set to " + std::to_string(new_points);
        TRY(progress::store::credit(
            tx.session(), progress::Credit{.user_id = user_id,
                                       .points = new_points - old_points,
                                       .source_type = "admin_adjustment",
                                       .source_id = std::nullopt,
                                       .description = "Adjusted by " + staff_label(tx.session(), admin_id) + ": " + reason,
                                       .extra_json = json{{"adjusted_by", admin_id}, {"old_points", old_points},
                                                          {"new_points", new_points}, {"reason", reason}}
                                                         .dump(),
                                       .idempotency_key = "admin_adjustment:" + fresh_key(),
                                       .created_at = format_utc(now)}));
    }
    TRY(tx.commit());
    return json{{"message", "Points updated successfully"}, {"old_points", old_points}, {"new_points", new_points}};
}

}  // namespace anzan::practice
