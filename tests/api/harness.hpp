// API test harness: every test gets a fresh database and a real `anzan serve` on a free loopback
// port, talked to over real HTTP. The engine comes from the environment:
//   ANZAN_TEST_PG_ADMIN_URL=postgresql://anzan@127.0.0.1:PORT/postgres  → a fresh PostgreSQL database
//   (unset)                                                          → a fresh SQLite file in a temp dir
// Demo data is seeded with the password kDemoPassword.
#pragma once
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <string>

namespace anzan::test {

inline constexpr const char* kDemoPassword = "demo-password-1";
inline constexpr const char* kAdminEmail = "admin@anzan.demo";
inline constexpr const char* kTeacherEmail = "teacher@anzan.demo";
inline constexpr const char* kStudentEmail = "student1@anzan.demo";

struct ServerOptions {
    bool seed_demo = true;
    std::map<std::string, std::string> env;  // extra environment for the server
    // Serve another server's database instead of a fresh one (no seeding then).
    std::string database_url;
    // The server process's open-file limit (soft and hard); 0 keeps the test's own.
    int max_open_files = 0;
};

// A fresh database (SQLite file or PostgreSQL database); dropped on destruction.
class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    const std::string& url() const { return url_; }
    bool is_postgres() const { return !pg_name_.empty(); }
    const std::string& temp_dir() const { return dir_; }
    // Runs one SQL statement on the database directly (test data the API cannot create fast).
    void execute(const std::string& sql) const;

private:
    std::string url_, dir_, pg_name_, pg_admin_url_;
};

class TestServer {
public:
    explicit TestServer(ServerOptions options = {});
    ~TestServer();  // SIGTERM, then waits

    httplib::Client client() const;
    const std::string& base_url() const { return base_url_; }
    int port() const { return port_; }
    const TestDatabase& database() const { return database_; }
    // The URL this server serves (its own database's, or the one it was given).
    const std::string& database_url() const { return url_; }
    int pid() const { return pid_; }
    // Runs `anzan <args>` against this server's database; returns exit status, output in `out`.
    int run_cli(const std::string& args, std::string* out = nullptr, const std::string& stdin_text = "") const;

    // Signs in with e-mail and password; returns the access token (fails the test otherwise).
    std::string login(const std::string& email, const std::string& password = kDemoPassword) const;
    std::string admin_token() const { return login(kAdminEmail); }
    std::string teacher_token() const { return login(kTeacherEmail); }
    std::string student_token() const { return login(kStudentEmail); }

private:
    TestDatabase database_;
    std::string url_;
    std::string base_url_;
    int port_ = 0;
    int pid_ = 0;
    std::string log_path_;
};

// Sends raw bytes on a new connection and returns whatever the server answers before closing (or
// within `timeout_ms`): for requests an HTTP client library would tidy up.
std::string raw_exchange(int port, const std::string& request, int timeout_ms = 5000);
// Resident memory of a process in KiB (VmRSS), or 0 when it cannot be read.
long resident_kib(int pid);

// True in the sanitizer build: memory figures mean nothing there (AddressSanitizer keeps freed
// memory in quarantine and adds shadow memory), so tests of RSS bounds skip themselves.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kUnderSanitizers = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kUnderSanitizers = true;
#else
inline constexpr bool kUnderSanitizers = false;
#endif
#else
inline constexpr bool kUnderSanitizers = false;
#endif

// Convenience: a request with an optional bearer token and JSON body.
httplib::Headers bearer(const std::string& token);
nlohmann::json body_json(const httplib::Result& result);
std::string anzan_binary();
// `s` in single quotes for /bin/sh.
std::string shell_quote(const std::string& s);

}  // namespace anzan::test
