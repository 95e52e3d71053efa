// SQL of the failed sign-in counters (table sign_in_failures, migration 0002).
#include "accounts/store.hpp"

namespace anzan::accounts::store {
namespace {

std::optional<FailureScope> parse_scope(const std::string& text) {
    for (FailureScope scope : {FailureScope::AccountAndAddress, FailureScope::Account, FailureScope::Address})
        if (scope_name(scope) == text) return scope;
    return std::nullopt;
}

}  // namespace

Result<std::vector<FailureCounter>> read_failure_counters(soci::session& sql,
                                                          const std::vector<FailureSubject>& subjects) {
    std::vector<FailureCounter> counters;
    try {
        for (const auto& wanted : subjects) {
            std::string scope(scope_name(wanted.scope));
            std::string subject = wanted.subject;
            int failures = 0;
            long long last_failed_at = 0, locked_until = 0;
            soci::indicator locked_ind = soci::i_null;
            sql << "SELECT failures, last_failed_at, locked_until FROM sign_in_failures "
                   "WHERE scope = :scope AND subject = :subject",
                soci::into(failures), soci::into(last_failed_at), soci::into(locked_until, locked_ind),
                soci::use(scope), soci::use(subject);
            if (!sql.got_data()) continue;
            FailureCounter counter{parse_scope(scope).value_or(wanted.scope), subject, failures, last_failed_at, {}};
            if (locked_ind == soci::i_ok) counter.locked_until = locked_until;
            counters.push_back(std::move(counter));
        }
    } catch (const std::exception& e) {
        return db::database_error(e, "reading sign-in failures");
    }
    return counters;
}

Result<int> count_failure(soci::session& sql, const FailureSubject& subject, long long now, long long window_seconds) {
    try {
        std::string scope(scope_name(subject.scope));
        std::string name = subject.subject;
        long long expires = now + window_seconds, now_for_check = now, now_for_update = now;
        int failures = 0;
        sql << "INSERT INTO sign_in_failures (scope, subject, failures, last_failed_at, locked_until, expires_at) "
               "VALUES (:scope, :subject, 1, :now, NULL, :expires) "
               "ON CONFLICT (scope, subject) DO UPDATE SET "
               "failures = CASE WHEN sign_in_failures.expires_at <= :now_check THEN 1 "
               "ELSE sign_in_failures.failures + 1 END, "
               "last_failed_at = :now_update RETURNING failures",
            soci::use(scope, "scope"), soci::use(name, "subject"), soci::use(now, "now"),
            soci::use(expires, "expires"), soci::use(now_for_check, "now_check"),
            soci::use(now_for_update, "now_update"), soci::into(failures);
        return failures;
    } catch (const std::exception& e) {
        return db::database_error(e, "counting a sign-in failure");
    }
}

Result<void> set_failure_lock(soci::session& sql, const FailureSubject& subject, std::optional<long long> locked_until,
                              long long expires_at) {
    try {
        std::string scope(scope_name(subject.scope));
        std::string name = subject.subject;
        long long until = locked_until.value_or(0);
        soci::indicator until_ind = locked_until ? soci::i_ok : soci::i_null;
        sql << "UPDATE sign_in_failures SET locked_until = :until, expires_at = :expires "
               "WHERE scope = :scope AND subject = :subject",
            soci::use(until, until_ind), soci::use(expires_at), soci::use(scope), soci::use(name);
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "locking sign-ins");
    }
}

Result<void> delete_expired_failures(soci::session& sql, long long now) {
    try {
        sql << "DELETE FROM sign_in_failures WHERE expires_at <= :now", soci::use(now);
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "forgetting old sign-in failures");
    }
}

Result<void> delete_failure_counter(soci::session& sql, const FailureSubject& subject) {
    try {
        std::string scope(scope_name(subject.scope));
        std::string name = subject.subject;
        sql << "DELETE FROM sign_in_failures WHERE scope = :scope AND subject = :subject", soci::use(scope),
            soci::use(name);
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "clearing sign-in failures");
    }
}

}  // namespace anzan::accounts::store
