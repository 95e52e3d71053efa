// Fuzzes every route's input decoding the way the server runs it, without sockets: the whole app
// (all routes, real SQLite database with demo data, the web folder) behind the dispatcher.
// An input is a request in text:
//   line 1:  <role digit> <METHOD> <target>      role: 0 anonymous, 1 student, 2 teacher, 3 admin
//   rest:    the body
// Any 500 is a bug (it aborts, so libFuzzer keeps the input); sanitizers catch the rest.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include <soci/soci.h>
#include <spdlog/spdlog.h>

#include "accounts/service.hpp"
#include "app/app.hpp"
#include "demo/seed.hpp"
#include "platform/db/database_url.hpp"
#include "platform/db/migrations.hpp"
#include "platform/http/dispatcher.hpp"
#include "platform/http/target.hpp"

namespace fs = std::filesystem;
using namespace anzan;

namespace {

struct Harness {
    fs::path dir;
    app::App app;
    http::ServerOptions options;
    std::string tokens[4];

    Harness() {
        char pattern[] = "/tmp/anzan-fuzz-routes-XXXXXX";
        dir = mkdtemp(pattern);
        fs::create_directories(dir / "web" / "assets");
        std::ofstream(dir / "web" / "index.html") << "<!doctype html><title>app</title>";
        std::ofstream(dir / "web" / "assets" / "app.js") << "js";
        fs::create_directories(dir / "backups");
        app.config.database_url = "sqlite:///" + (dir / "fuzz.db").string();
        app.config.secret_key = std::string(40, 's');
        app.config.backup_dir = (dir / "backups").string();
        app.config.academy_name = "Fuzz Academy";
        db::configure_sqlite_library();
        auto url = db::parse_database_url(app.config.database_url);
        auto opened = db::Database::open(url.value(), 4);
        if (!opened || !db::migrate(**opened)) std::abort();
        app.database = opened.release_value();
        std::ostringstream quiet;
        if (!demo::seed_demo(*app.database, {"fuzz-password-1"}, now_utc(), quiet)) std::abort();
        app::register_routes(app);
        options.web_dir = fs::canonical(dir / "web").string();
        restore_accounts();
    }

    // The fuzzer signs out, demotes and disables the demo accounts as it goes: put them back and
    // hand out fresh tokens, so every input reaches the routes with the role it asked for.
    void restore_accounts() {
        static const char* kEmails[] = {"student1@anzan.demo", "teacher@anzan.demo", "admin@anzan.demo"};
        static const char* kRoles[] = {"student", "teacher", "admin"};
        for (int role = 1; role <= 3; ++role) {
            std::string email = kEmails[role - 1], role_name = kRoles[role - 1];
            long long id = 0;
            {
                auto tx = app.database->begin().value();
                tx.sql() << "UPDATE users SET is_active = TRUE, role = :r WHERE email = :e", soci::use(role_name),
                    soci::use(email);
                tx.sql() << "SELECT id FROM users WHERE email = :e", soci::use(email), soci::into(id);
                (void)tx.commit();
            }
            tokens[role] = accounts::issue_access_token(*app.database, app.config, id, now_utc()).value();
        }
    }

    void clean_backups() {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(dir / "backups", ec)) fs::remove_all(entry.path(), ec);
    }
};

Harness& harness() {
    static Harness* instance = new Harness();  // lives for the whole run
    return *instance;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    spdlog::set_level(spdlog::level::off);
    harness();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto line_end = input.find('\n');
    const std::string_view line = input.substr(0, line_end);
    if (line.size() < 3 || line[1] != ' ') return 0;
    const int role = (line[0] - '0') & 3;
    const auto space = line.find(' ', 2);
    if (space == std::string_view::npos) return 0;
    http::Request request;
    request.method = http::parse_method(line.substr(2, space - 2));
    if (!http::parse_target(line.substr(space + 1), request)) return 0;
    if (line_end != std::string_view::npos) request.body = std::string(input.substr(line_end + 1));
    // Spread over addresses, so sign-in locks do not end the exploration of the sign-in route.
    request.remote_ip = "203.0.113." + std::to_string(size % 250);
    request.headers.emplace_back("content-type", "application/json");
    if (role > 0) request.headers.emplace_back("authorization", "Bearer " + harness().tokens[role]);
    auto& h = harness();
    http::Context context(*h.app.database, h.app.config, now_utc());
    const http::Plan plan = http::plan_request(h.app.router, request);
    const http::Response response = http::handle_request(h.app.router, plan, request, context, h.options);
    if (response.status == 500) {
        std::cerr << "500 from " << line << ": " << response.body << "\n";
        std::abort();
    }
    h.clean_backups();
    h.restore_accounts();
    return 0;
}
