#include "accounts/store.hpp"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include "platform/db/database.hpp"

namespace anzan::accounts::store {
namespace {

constexpr const char* kUserColumns = R"sql(
    u.id, u.email, u.name, u.display_name, u.avatar_url, u.role, u.total_points, u.current_streak,
    u.longest_streak, u.created_at, p.public_id, CAST(u.is_active AS INTEGER))sql";

constexpr const char* kSelectCredentials = R"sql(
    SELECT id, email, role, password_hash, token_version, CAST(is_active AS INTEGER),
           CAST(email_verified AS INTEGER), CAST(last_daily_login_bonus_date AS TEXT) FROM users)sql";

// Legacy rows may hold NULL in counters added later; read them as 0.
struct UserRow {
    long long id = 0, total_points = 0, current_streak = 0, longest_streak = 0, is_active = 1;
    std::string email, name, display_name, avatar_url, role, created_at, public_id;
    soci::indicator display_name_ind = soci::i_null, avatar_ind = soci::i_null, public_id_ind = soci::i_null,
                    points_ind = soci::i_null, streak_ind = soci::i_null, longest_ind = soci::i_null,
                    created_ind = soci::i_null, active_ind = soci::i_null, name_ind = soci::i_null;
};

template <typename Statement>
void bind_user_row(Statement& st, UserRow& r) {
    st.exchange(soci::into(r.id));
    st.exchange(soci::into(r.email));
    st.exchange(soci::into(r.name, r.name_ind));
    st.exchange(soci::into(r.display_name, r.display_name_ind));
    st.exchange(soci::into(r.avatar_url, r.avatar_ind));
    st.exchange(soci::into(r.role));
    st.exchange(soci::into(r.total_points, r.points_ind));
    st.exchange(soci::into(r.current_streak, r.streak_ind));
    st.exchange(soci::into(r.longest_streak, r.longest_ind));
    st.exchange(soci::into(r.created_at, r.created_ind));
    st.exchange(soci::into(r.public_id, r.public_id_ind));
    st.exchange(soci::into(r.is_active, r.active_ind));
}

User to_user(const UserRow& r) {
    User user;
    user.id = r.id;
    user.email = r.email;
    user.name = r.name_ind == soci::i_ok ? r.name : "";
    if (r.display_name_ind == soci::i_ok) user.display_name = r.display_name;
    if (r.avatar_ind == soci::i_ok && !r.avatar_url.empty()) user.avatar_url = r.avatar_url;
    user.role = parse_role(r.role).value_or(Role::Student);
    user.total_points = r.points_ind == soci::i_ok ? r.total_points : 0;
    user.current_streak = r.streak_ind == soci::i_ok ? r.current_streak : 0;
    user.longest_streak = r.longest_ind == soci::i_ok ? r.longest_streak : 0;
    user.created_at = r.created_ind == soci::i_ok ? r.created_at : "";
    if (r.public_id_ind == soci::i_ok) user.public_id = r.public_id;
    user.is_active = r.active_ind != soci::i_ok || r.is_active != 0;
    return user;
}

// One credentials row as read; legacy NULLs become defaults in to_credentials.
struct CredentialsRow {
    Credentials c;
    std::string role, hash;
    soci::indicator hash_ind = soci::i_null, active_ind = soci::i_null, verified_ind = soci::i_null,
                    version_ind = soci::i_null, bonus_ind = soci::i_null;
    long long active = 1, verified = 0;
};

template <typename Statement>
void bind_credentials_row(Statement& st, CredentialsRow& r) {
    st.exchange(soci::into(r.c.id));
    st.exchange(soci::into(r.c.email));
    st.exchange(soci::into(r.role));
    st.exchange(soci::into(r.hash, r.hash_ind));
    st.exchange(soci::into(r.c.token_version, r.version_ind));
    st.exchange(soci::into(r.active, r.active_ind));
    st.exchange(soci::into(r.verified, r.verified_ind));
    st.exchange(soci::into(r.c.last_login_bonus_at, r.bonus_ind));
}

Credentials to_credentials(const CredentialsRow& r) {
    Credentials c = r.c;
    c.role = parse_role(r.role).value_or(Role::Student);
    c.password_hash = r.hash_ind == soci::i_ok ? r.hash : "";
    if (r.version_ind != soci::i_ok) c.token_version = 0;
    c.is_active = r.active_ind != soci::i_ok || r.active != 0;
    c.email_verified = r.verified_ind == soci::i_ok && r.verified != 0;
    if (r.bonus_ind != soci::i_ok) c.last_login_bonus_at.clear();
    return c;
}

// The two reads every authenticated request makes, prepared once per connection (see
// platform/db/prepared.hpp). Each owns the variables its statement binds.
struct CredentialsById {
    explicit CredentialsById(soci::session& sql) : statement(sql) {
        bind_credentials_row(statement, row);
        statement.exchange(soci::use(id));
        statement.alloc();
        statement.prepare(std::string(kSelectCredentials) + " WHERE id = :id");
        statement.define_and_bind();
    }
    long long id = 0;
    CredentialsRow row;
    soci::statement statement;
};

struct UserById {
    explicit UserById(soci::session& sql) : statement(sql) {
        bind_user_row(statement, row);
        statement.exchange(soci::use(id));
        statement.alloc();
        statement.prepare(std::string("SELECT ") + kUserColumns +
                          " FROM users u LEFT JOIN student_profiles p ON p.user_id = u.id WHERE u.id = :id");
        statement.define_and_bind();
    }
    long long id = 0;
    UserRow row;
    soci::statement statement;
};

// Runs a cached by-id lookup: the row, nothing when there is none, or the error (after which the
// statement is dropped and prepared afresh next time).
template <typename Lookup, typename Convert>
auto run_lookup(db::Session& session, long long id, Convert convert, const char* what)
    -> Result<std::optional<decltype(convert(std::declval<Lookup&>().row))>> {
    using Value = decltype(convert(std::declval<Lookup&>().row));
    try {
        Lookup& lookup = session.prepared().get<Lookup>(session.sql());
        lookup.row = {};
        lookup.id = id;
        const bool found = lookup.statement.execute(true);
        db::finish_read(session.sql(), lookup.statement);
        if (!found) return std::optional<Value>();
        return std::optional<Value>(convert(lookup.row));
    } catch (const std::exception& e) {
        session.prepared().forget<Lookup>();
        return db::database_error(e, what);
    }
}


bool is_unique_violation(const std::exception& e) {
    const std::string text = e.what();
    return text.find("UNIQUE") != std::string::npos || text.find("unique") != std::string::npos ||
           text.find("duplicate key") != std::string::npos;
}

}  // namespace

Result<std::optional<User>> find_user(db::Session& session, long long user_id) {
    return run_lookup<UserById>(session, user_id, to_user, "reading a user");
}

Result<std::optional<Credentials>> find_credentials(db::Session& session, long long user_id) {
    return run_lookup<CredentialsById>(session, user_id, to_credentials, "reading credentials");
}

Result<std::optional<Credentials>> find_credentials_by_email(soci::session& sql, const std::string& email) {
    try {
        CredentialsRow row;
        soci::statement st = (sql.prepare << std::string(kSelectCredentials) + " WHERE lower(email) = :email",
                              soci::use(email));
        bind_credentials_row(st, row);
        st.define_and_bind();
        if (!st.execute(true)) return std::optional<Credentials>();
        return std::optional<Credentials>(to_credentials(row));
    } catch (const std::exception& e) {
        return db::database_error(e, "reading credentials");
    }
}

Result<std::optional<long long>> find_id_by_google_id(soci::session& sql, const std::string& google_id) {
    try {
        long long id = 0;
        soci::indicator ind = soci::i_null;
        sql << "SELECT id FROM users WHERE google_id = :g", soci::use(google_id), soci::into(id, ind);
        if (!sql.got_data() || ind != soci::i_ok) return std::optional<long long>();
        return std::optional<long long>(id);
    } catch (const std::exception& e) {
        return db::database_error(e, "reading a user by Google id");
    }
}

Result<std::vector<User>> list_users(soci::session& sql, std::optional<Role> role, const std::string& search) {
    try {
        const std::string role_text = role ? std::string(role_name(*role)) : "";
        const std::string pattern = "%" + search + "%";
        UserRow row;
        soci::statement st =
            (sql.prepare << std::string("SELECT ") + kUserColumns +
                                " FROM users u LEFT JOIN student_profiles p ON p.user_id = u.id"
                                " WHERE (:role = '' OR u.role = :role2)"
                                " AND (:search = '' OR lower(u.email) LIKE lower(:p1) OR lower(u.name) LIKE lower(:p2))"
                                " ORDER BY u.id",
             soci::use(role_text), soci::use(role_text), soci::use(search), soci::use(pattern), soci::use(pattern));
        bind_user_row(st, row);
        st.define_and_bind();
        std::vector<User> users;
        st.execute();
        while (st.fetch()) users.push_back(to_user(row));
        return users;
    } catch (const std::exception& e) {
        return db::database_error(e, "listing users");
    }
}

Result<long long> insert_user(soci::session& sql, const NewUser& user, const std::string& now) {
    try {
        long long id = 0;
        const std::string role = std::string(role_name(user.role));
        const int verified = user.email_verified ? 1 : 0;
        soci::indicator hash_ind = user.password_hash ? soci::i_ok : soci::i_null;
        soci::indicator google_ind = user.google_id ? soci::i_ok : soci::i_null;
        soci::indicator avatar_ind = user.avatar_url ? soci::i_ok : soci::i_null;
        const std::string hash = user.password_hash.value_or(""), google = user.google_id.value_or(""),
                          avatar = user.avatar_url.value_or("");
        sql << "INSERT INTO users (email, name, role, password_hash, google_id, avatar_url, email_verified, "
               "total_points, current_streak, longest_streak, total_questions_attempted, token_version, is_active, "
               "created_at, updated_at) VALUES (:email, :name, :role, :hash, :google, :avatar, :verified, "
               "0, 0, 0, 0, 0, TRUE, :now, :now2) RETURNING id",
            soci::use(user.email), soci::use(user.name), soci::use(role), soci::use(hash, hash_ind),
            soci::use(google, google_ind), soci::use(avatar, avatar_ind), soci::use(verified), soci::use(now),
            soci::use(now), soci::into(id);
        return id;
    } catch (const std::exception& e) {
        if (is_unique_violation(e)) return Error::conflict("A user with this e-mail already exists");
        return db::database_error(e, "creating a user");
    }
}

Result<void> update_user(soci::session& sql, long long user_id, const UserChanges& changes, const std::string& now) {
    try {
        if (changes.role) {
            const std::string role(role_name(*changes.role));
            sql << "UPDATE users SET role = :role, updated_at = :now WHERE id = :id", soci::use(role), soci::use(now),
                soci::use(user_id);
        }
        if (changes.name)
            sql << "UPDATE users SET name = :name, updated_at = :now WHERE id = :id", soci::use(*changes.name),
                soci::use(now), soci::use(user_id);
        if (changes.display_name)
            sql << "UPDATE users SET display_name = :d, updated_at = :now WHERE id = :id",
                soci::use(*changes.display_name), soci::use(now), soci::use(user_id);
        if (changes.is_active) {
            const int active = *changes.is_active ? 1 : 0;
            sql << "UPDATE users SET is_active = :a, updated_at = :now WHERE id = :id", soci::use(active),
                soci::use(now), soci::use(user_id);
        }
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "updating a user");
    }
}

Result<void> set_password_hash(soci::session& sql, long long user_id, const std::string& hash, const std::string& now) {
    try {
        sql << "UPDATE users SET password_hash = :h, token_version = token_version + 1, updated_at = :now "
               "WHERE id = :id",
            soci::use(hash), soci::use(now), soci::use(user_id);
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "setting a password");
    }
}

Result<void> bump_token_version(soci::session& sql, long long user_id) {
    try {
        sql << "UPDATE users SET token_version = token_version + 1 WHERE id = :id", soci::use(user_id);
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "revoking tokens");
    }
}

Result<void> update_google_profile(soci::session& sql, long long user_id, const std::string& name,
                                   const std::string& avatar_url, bool email_verified, const std::string& now) {
    try {
        const int verified = email_verified ? 1 : 0;
        sql << "UPDATE users SET name = :name, avatar_url = :avatar, email_verified = :v, updated_at = :now "
               "WHERE id = :id",
            soci::use(name), soci::use(avatar_url), soci::use(verified), soci::use(now), soci::use(user_id);
        return {};
    } catch (const std::exception& e) {
        return db::database_error(e, "updating a Google profile");
    }
}

Result<long long> count_users(soci::session& sql) {
    try {
        long long users = 0;
        sql << "SELECT COUNT(*) FROM users", soci::into(users);
        return users;
    } catch (const std::exception& e) {
        return db::database_error(e, "counting users");
    }
}

Result<long long> count_admins(soci::session& sql) {
    try {
        long long count = 0;
        sql << "SELECT COUNT(*) FROM users WHERE role = 'admin' AND CAST(is_active AS INTEGER) = 1", soci::into(count);
        return count;
    } catch (const std::exception& e) {
        return db::database_error(e, "counting admins");
    }
}

}  // namespace anzan::accounts::store
