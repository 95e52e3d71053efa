#include "demo/seed.hpp"

#include <sodium.h>

#include <vector>

#include "academy/store.hpp"
#include "demo/activity.hpp"
#include "papers/service.hpp"
#include "accounts/service.hpp"
#include "accounts/store.hpp"
#include "platform/auth/passwords.hpp"
#include "progress/store.hpp"

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

// A few finished mental-maths sessions, each credited through the points ledger like a real one.
Result<void> add_practice_history(db::Session& connection, long long user_id, int student_idx, Instant now) {
    Lcg rng{static_cast<unsigned long long>(student_idx) * 7919 + 17};
    long long answered_total = 0;
    const int sessions = 3 + rng.next(6);
    for (int session_idx = 0; session_idx < sessions; ++session_idx) {
        const Instant started = now - std::chrono::hours(24 * (sessions - session_idx)) - std::chrono::minutes(rng.next(600));
        progress::PracticeSession session;
        session.user_id = user_id;
        session.operation_type = "add_sub";
        session.difficulty_mode = "medium";
        session.started_at = format_utc(started);
        session.completed_at = format_utc(started + std::chrono::minutes(5));
        session.total_questions = 10 + 5 * rng.next(3);
        std::vector<std::pair<int, int>> questions;
        for (int q = 0; q < session.total_questions; ++q) {
            const int a = 10 + rng.next(90), b = 1 + rng.next(9);
            questions.emplace_back(a, b);
        }
        std::vector<progress::PracticeAttempt> attempts;
        for (const auto& [a, b] : questions) {
            const bool right = rng.next(100) < 75;
            progress::PracticeAttempt attempt;
            attempt.question_data = "{\"text\":\"" + std::to_string(a) + " + " + std::to_string(b) + "\"}";
            attempt.user_answer = right ? a + b : a + b + 1;
            attempt.correct_answer = a + b;
            attempt.is_correct = right;
            attempt.time_taken = 4.0;
            attempt.question_number = static_cast<int>(attempts.size()) + 1;
            attempt.created_at = session.completed_at;
            attempts.push_back(std::move(attempt));
            if (right) ++session.correct_answers;
        }
        session.wrong_answers = session.total_questions - session.correct_answers;
        session.score = session.correct_answers;
        session.accuracy = 100.0 * session.correct_answers / session.total_questions;
        session.time_taken = 120.0 + rng.next(120);
        session.points_earned = session.total_questions * 1 + session.correct_answers * 5;
        const long long session_id = TRY(progress::store::record_practice_session(connection, session, attempts));

        progress::Credit credit;
        credit.user_id = user_id;
        credit.points = session.points_earned;
        credit.source_type = "mental_math";
        credit.source_id = session_id;
        credit.description = "Mental maths: " + std::to_string(session.correct_answers) + "/" +
                             std::to_string(session.total_questions) + " correct";
        credit.idempotency_key = "mental_math:" + std::to_string(session_id);
        credit.created_at = session.completed_at;
        TRY(progress::store::credit(connection, credit));
        answered_total += session.total_questions;
    }
    return progress::store::add_practice_totals(connection, user_id, answered_total, format_utc(now));
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
    DemoActivity activity;
    auto tx = TRY(database.begin());
    const std::string now_text = format_utc(now);
    try {
        int student_idx = 0;
        activity.now = now;
        activity.config.academy_timezone = options.academy_timezone;
        activity.presets_dir = papers::find_presets_dir();
        for (size_t i = 0; i < accounts.size(); ++i) {
            const auto& account = accounts[i];
            accounts::NewUser user;
            user.email = account.email;
            user.name = account.name;
            user.role = *parse_role(account.role);
            user.password_hash = hashes[std::min<size_t>(i, 2)];  // all students share the student password
            user.email_verified = true;
            if (!account.branch.empty()) user.branch = account.branch;
            if (!account.course.empty()) user.course = account.course;
            const long long id = TRY(accounts::add_user(tx.sql(), user, now));
            if (user.role == Role::Admin) activity.admin = AuthUser{id, Role::Admin, user.email};
            if (user.role == Role::Student) activity.students.push_back(AuthUser{id, Role::Student, user.email});
            if (user.role == Role::Student) {
                academy::ProfileDetails details;
                details.public_id = "TH-" + std::string(student_idx + 1 < 10 ? "000" : "00") +
                                    std::to_string(student_idx + 1);
                details.level = std::to_string(1 + student_idx % 4);
                details.level_type = "Regular";
                details.join_date = now_text;
                TRY(academy::store::set_profile_details(tx.sql(), id, details, now_text));
                TRY(add_practice_history(tx.session(), id, student_idx++, now));
            }
        }
    } catch (const std::exception& e) {
        return db::database_error(e, "seeding demo data");
    }
    TRY(tx.commit());
    TRY(add_todays_activity(database, activity));
    out << "Demo data created. Sign in with:\n"
        << "  admin    " << accounts[0].email << "   password: " << passwords[0] << "\n"
        << "  teacher  " << accounts[1].email << "   password: " << passwords[1] << "\n"
        << "  students student1@anzan.demo … student12@anzan.demo   password: " << passwords[2] << "\n"
        << "(These passwords are shown only now.)" << std::endl;
    return {};
}

Result<void> seed_if_empty(db::Database& database, const DemoOptions& options, Instant now, std::ostream& out) {
    long long users = 0;
    {
        auto session = database.session();
        users = TRY(accounts::store::count_users(session.sql()));
    }
    if (users > 0) return {};
    return seed_demo(database, options, now, out);
}

}  // namespace anzan::demo
