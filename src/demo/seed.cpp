#include "demo/seed.hpp"

#include <sodium.h>

#include <vector>

#include "accounts/store.hpp"
#include "platform/auth/passwords.hpp"

namespace anzan::demo {
namespace {

constexpr const char* kAdminEmail = "admin@anzan.demo";

struct DemoAccount {
    std::string email, name, role, branch, course;
};

std::vector<DemoAccount> demo_accounts() {
    std::vector<DemoAccount> accounts = {{kAdminEmail, "Asha Admin", "admin", "", ""},
                                         {"teacher@anzan.demo", "Tarun Teacher", "teacher", "", ""}};
    const char* names[] = {"Aarav Sharma", "Diya Patel", "Vihaan Gupta", "Ananya Singh", "Reyansh Kumar",
                           "Ishita Verma", "Kabir Mehta", "Saanvi Reddy", "Arjun Nair", "Myra Joshi",
                           "Vivaan Rao", "Aadhya Iyer"};
    for (int i = 0; i < 12; ++i) {
        accounts.push_back({"student" + std::to_string(i + 1) + "@anzan.demo", names[i], "student",
                            i < 6 ? "Rohini-16" : "Gurgaon", i % 3 == 2 ? "Vedic Maths" : "Abacus"});
    }
    return accounts;
}

std::string random_password() {
    static const char kAlphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string out;
    for (int i = 0; i < 14; ++i) out += kAlphabet[randombytes_uniform(sizeof(kAlphabet) - 1)];
    return out;
}

// Deterministic practice history so demo leaderboards look the same on every machine.
struct Lcg {
    unsigned long long state;
    int next(int bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<int>((state >> 33) % static_cast<unsigned long long>(bound));
    }
};

void add_practice_history(soci::session& sql, long long user_id, int student_idx, Instant now) {
    Lcg rng{static_cast<unsigned long long>(student_idx) * 7919 + 17};
    long long balance = 0, answered_total = 0;
    const int sessions = 3 + rng.next(6);
    for (int session_idx = 0; session_idx < sessions; ++session_idx) {
        const Instant started = now - std::chrono::hours(24 * (sessions - session_idx)) - std::chrono::minutes(rng.next(600));
        const std::string started_text = format_utc(started);
        const std::string completed_text = format_utc(started + std::chrono::minutes(5));
        const int total = 10 + 5 * rng.next(3);
        int correct = 0;
        std::vector<std::pair<int, int>> questions;
        for (int q = 0; q < total; ++q) {
            const int a = 10 + rng.next(90), b = 1 + rng.next(9);
            questions.emplace_back(a, b);
        }
        std::vector<int> answers;
        for (const auto& [a, b] : questions) {
            const bool right = rng.next(100) < 75;
            answers.push_back(right ? a + b : a + b + 1);
            if (right) ++correct;
        }
        const int points = total * 1 + correct * 5;
        const double accuracy = 100.0 * correct / total;
        long long session_id = 0;
        const std::string operation = "add_sub", mode = "medium";
        const int wrong = total - correct;
        const double time_taken = 120.0 + rng.next(120);
        sql << "INSERT INTO practice_sessions (user_id, operation_type, difficulty_mode, total_questions, "
               "correct_answers, wrong_answers, accuracy, score, time_taken, points_earned, started_at, completed_at) "
               "VALUES (:u, :op, :mode, :t, :c, :w, :acc, :score, :time, :pts, :s, :e) RETURNING id",
            soci::use(user_id), soci::use(operation), soci::use(mode), soci::use(total), soci::use(correct),
            soci::use(wrong), soci::use(accuracy), soci::use(correct), soci::use(time_taken), soci::use(points),
            soci::use(started_text), soci::use(completed_text), soci::into(session_id);
        for (int q = 0; q < total; ++q) {
            const auto [a, b] = questions[static_cast<size_t>(q)];
            const std::string data = "{\"text\":\"" + std::to_string(a) + " + " + std::to_string(b) + "\"}";
            const double user_answer = answers[static_cast<size_t>(q)], correct_answer = a + b;
            const int is_correct = answers[static_cast<size_t>(q)] == a + b ? 1 : 0;
            const double seconds = 4.0;
            const int number = q + 1;
            sql << "INSERT INTO attempts (session_id, question_data, user_answer, correct_answer, is_correct, "
                   "time_taken, question_number, created_at) VALUES (:s, :d, :ua, :ca, :ok, :t, :n, :at)",
                soci::use(session_id), soci::use(data), soci::use(user_answer), soci::use(correct_answer),
                soci::use(is_correct), soci::use(seconds), soci::use(number), soci::use(completed_text);
        }
        const std::string key = "mental_math:" + std::to_string(session_id);
        const std::string description = "Mental maths: " + std::to_string(correct) + "/" + std::to_string(total) + " correct";
        const std::string source = "mental_math", extra = "{}";
        sql << "INSERT INTO points_logs (user_id, points, source_type, source_id, description, extra_data, "
               "created_at, idempotency_key) VALUES (:u, :p, :st, :sid, :d, :x, :at, :k)",
            soci::use(user_id), soci::use(points), soci::use(source), soci::use(session_id), soci::use(description),
            soci::use(extra), soci::use(completed_text), soci::use(key);
        balance += points;
        answered_total += total;
    }
    const std::string now_text = format_utc(now);
    sql << "UPDATE users SET total_points = :p, total_questions_attempted = :q, last_practice_date = :d "
           "WHERE id = :id",
        soci::use(balance), soci::use(answered_total), soci::use(now_text), soci::use(user_id);
    sql << "UPDATE leaderboard SET total_points = :p, last_updated = :d WHERE user_id = :id", soci::use(balance),
        soci::use(now_text), soci::use(user_id);
}

}  // namespace

Result<void> seed_demo(db::Database& database, const DemoOptions& options, Instant now, std::ostream& out) {
    {
        auto session = database.session();
        if (TRY(accounts::store::find_credentials_by_email(session.sql(), kAdminEmail)))
            return Error::conflict("Demo data is already present (the demo passwords were printed when it was created)");
    }
    const auto accounts = demo_accounts();
    // One password for the admin, one for the teacher, one shared by the demo students.
    std::vector<std::string> passwords, hashes;
    for (int i = 0; i < 3; ++i) {
        passwords.push_back(options.password.empty() ? random_password() : options.password);
        // Hashed before the transaction: argon2 is slow and SQLite has one writer.
        hashes.push_back(TRY(auth::hash_password(passwords.back())));
    }
    auto tx = TRY(database.begin());
    const std::string now_text = format_utc(now);
    try {
        int student_idx = 0;
        for (size_t i = 0; i < accounts.size(); ++i) {
            const auto& account = accounts[i];
            accounts::NewUser user;
            user.email = account.email;
            user.name = account.name;
            user.role = *http::parse_role(account.role);
            user.password_hash = hashes[std::min<size_t>(i, 2)];  // all students share the student password
            user.email_verified = true;
            if (!account.branch.empty()) user.branch = account.branch;
            if (!account.course.empty()) user.course = account.course;
            const long long id = TRY(accounts::store::insert_user(tx.sql(), user, now_text));
            if (user.role == http::Role::Student) {
                const std::string public_id = "TH-" + std::string(student_idx + 1 < 10 ? "000" : "00") +
                                              std::to_string(student_idx + 1);
                const std::string level = std::to_string(1 + student_idx % 4), level_type = "Regular";
                tx.sql() << "UPDATE student_profiles SET public_id = :p, level = :l, level_type = :t, join_date = :d "
                            "WHERE user_id = :id",
                    soci::use(public_id), soci::use(level), soci::use(level_type), soci::use(now_text), soci::use(id);
                add_practice_history(tx.sql(), id, student_idx++, now);
            }
        }
    } catch (const std::exception& e) {
        return db::database_error(e, "seeding demo data");
    }
    TRY(tx.commit());
    out << "Demo data created. Sign in with:\n"
        << "  admin    " << accounts[0].email << "   password: " << passwords[0] << "\n"
        << "  teacher  " << accounts[1].email << "   password: " << passwords[1] << "\n"
        << "  students student1@anzan.demo … student12@anzan.demo   password: " << passwords[2] << "\n"
        << "(These passwords are shown only now.)" << std::endl;
    return {};
}

Result<void> seed_if_empty(db::Database& database, Instant now, std::ostream& out) {
    long long users = 0;
    try {
        auto session = database.session();
        session.sql() << "SELECT COUNT(*) FROM users", soci::into(users);
    } catch (const std::exception& e) {
        return db::database_error(e, "counting users");
    }
    if (users > 0) return {};
    return seed_demo(database, DemoOptions{}, now, out);
}

}  // namespace anzan::demo
