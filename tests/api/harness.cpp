#include "harness.hpp"

#include <gtest/gtest.h>
#include <signal.h>
#include <soci/soci.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include "platform/db/database_url.hpp"

namespace anzan::test {
namespace {

std::string make_temp_dir() {
    char pattern[] = "/tmp/anzan-test-XXXXXX";
    const char* dir = mkdtemp(pattern);
    if (!dir) throw std::runtime_error("mkdtemp failed");
    return dir;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

void run_pg_admin(const std::string& admin_url, const std::string& statement) {
    auto url = db::parse_database_url(admin_url);
    if (!url) throw std::runtime_error("bad ANZAN_TEST_PG_ADMIN_URL");
    soci::session session("postgresql", url->connect_string);
    session << statement;
}

}  // namespace

std::string anzan_binary() { return ANZAN_BINARY; }

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// A client writing to a server that already answered and closed must not kill the test process.
static const bool kIgnoreSigpipe = [] {
    signal(SIGPIPE, SIG_IGN);
    return true;
}();

TestDatabase::TestDatabase() : dir_(make_temp_dir()) {
    const char* admin = std::getenv("ANZAN_TEST_PG_ADMIN_URL");
    if (admin && *admin) {
        static std::atomic<int> counter{0};
        pg_admin_url_ = admin;
        pg_name_ = "anzan_t_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
        run_pg_admin(pg_admin_url_, "CREATE DATABASE " + pg_name_);
        const auto slash = pg_admin_url_.rfind('/');
        const auto query = pg_admin_url_.find('?', slash);
        url_ = pg_admin_url_.substr(0, slash + 1) + pg_name_ +
               (query == std::string::npos ? "" : pg_admin_url_.substr(query));
    } else {
        url_ = "sqlite:///" + dir_ + "/anzan.db";
    }
}

TestDatabase::~TestDatabase() {
    if (!pg_name_.empty()) {
        try {
            run_pg_admin(pg_admin_url_, "DROP DATABASE IF EXISTS " + pg_name_ + " WITH (FORCE)");
        } catch (const std::exception& e) {
            std::fprintf(stderr, "could not drop %s: %s\n", pg_name_.c_str(), e.what());
        }
    }
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
}

void TestDatabase::execute(const std::string& sql) const {
    auto url = db::parse_database_url(url_);
    if (!url) throw std::runtime_error("bad test database URL " + url_);
    soci::session session(is_postgres() ? "postgresql" : "sqlite3", url->connect_string);
    session << sql;
}

int TestServer::run_cli(const std::string& args, std::string* out, const std::string& stdin_text) const {
    const std::string input = database_.temp_dir() + "/stdin.txt";
    std::ofstream(input) << stdin_text;
    const std::string command = "cd " + shell_quote(database_.temp_dir()) + " && DATABASE_URL=" +
                                shell_quote(url_) + " SECRET_KEY=" + std::string(32, 'k') + " " +
                                shell_quote(anzan_binary()) + " " + args + " < " + shell_quote(input) + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    std::string output;
    char buffer[4096];
    size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) output.append(buffer, n);
    const int status = pclose(pipe);
    if (out) *out = output;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

TestServer::TestServer(ServerOptions options)
    : url_(options.database_url.empty() ? database_.url() : options.database_url) {
    if (options.seed_demo && options.database_url.empty()) {
        std::string out;
        const int status = run_cli("seed-demo --password " + std::string(kDemoPassword), &out);
        if (status != 0) throw std::runtime_error("seed-demo failed: " + out);
    }
    log_path_ = database_.temp_dir() + "/server.log";
    std::fflush(stdout);
    std::fflush(stderr);
    pid_ = fork();
    if (pid_ == 0) {
        setenv("DATABASE_URL", url_.c_str(), 1);
        if (options.max_open_files > 0) {
            const rlimit limit{static_cast<rlim_t>(options.max_open_files), static_cast<rlim_t>(options.max_open_files)};
            setrlimit(RLIMIT_NOFILE, &limit);
        }
        setenv("SECRET_KEY", "test-secret-key-that-is-long-enough-1234", 1);
        setenv("ANZAN_ENV", "production", 1);
        setenv("ACADEMY_NAME", "Test Academy", 1);
        setenv("IO_THREADS", "2", 1);
        for (const auto& [key, value] : options.env) setenv(key.c_str(), value.c_str(), 1);
        if (chdir(database_.temp_dir().c_str()) != 0) _exit(127);
        freopen(log_path_.c_str(), "w", stdout);
        freopen(log_path_.c_str(), "a", stderr);
        execl(anzan_binary().c_str(), "anzan", "serve", "--host", "127.0.0.1", "--port", "0", nullptr);
        _exit(127);
    }
    // The server prints "listening on http://127.0.0.1:PORT" once bound: poll the log for it.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (std::chrono::steady_clock::now() < deadline) {
        const std::string log = read_file(log_path_);
        const auto at = log.find("listening on http://127.0.0.1:");
        if (at != std::string::npos) {
            port_ = std::stoi(log.substr(at + 30));
            base_url_ = "http://127.0.0.1:" + std::to_string(port_);
            return;
        }
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) throw std::runtime_error("anzan serve exited: " + log);
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    throw std::runtime_error("anzan serve did not start: " + read_file(log_path_));
}

TestServer::~TestServer() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    // A server stops cleanly on SIGTERM. Anything else (a crash, or a sanitizer report, which
    // exits non-zero) fails the test that ran it, with the end of the server's log.
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        const std::string log = read_file(log_path_);
        ADD_FAILURE() << "anzan serve ended badly ("
                      << (WIFEXITED(status) ? "exit " + std::to_string(WEXITSTATUS(status))
                                            : "signal " + std::to_string(WTERMSIG(status)))
                      << "); its log ends:\n"
                      << log.substr(log.size() > 6000 ? log.size() - 6000 : 0);
    }
}

namespace {

// With ANZAN_RESPONSE_LOG set, every successful JSON answer any test receives is appended there as
// one JSON line; tests/api/check-responses.mjs then checks each against the route's response
// schema in the OpenAPI document.
void log_response(const httplib::Request& request, const httplib::Response& response) {
    static const char* path = std::getenv("ANZAN_RESPONSE_LOG");
    static std::mutex mutex;
    if (path == nullptr || response.status < 200 || response.status >= 300) return;
    if (response.get_header_value("Content-Type").rfind("application/json", 0) != 0) return;
    if (response.body.size() > (4u << 20)) return;
    nlohmann::json line = {{"method", request.method}, {"path", request.path}, {"status", response.status},
                           {"body", nlohmann::json::parse(response.body, nullptr, false)}};
    std::lock_guard lock(mutex);
    std::ofstream(path, std::ios::app) << line.dump() << '\n';
}

}  // namespace

httplib::Client TestServer::client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(30);
    client.set_logger(log_response);
    return client;
}

std::string TestServer::login(const std::string& email, const std::string& password) const {
    auto response = client().Post("/api/auth/login", nlohmann::json{{"email", email}, {"password", password}}.dump(),
                                  "application/json");
    if (!response || response->status != 200)
        throw std::runtime_error("login failed for " + email + ": " + (response ? response->body : "no response"));
    return nlohmann::json::parse(response->body).at("access_token").get<std::string>();
}

std::string raw_exchange(int port, const std::string& request, int timeout_ms) {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
        close(fd);
        return "connect failed";
    }
    timeval timeout{timeout_ms / 1000, (timeout_ms % 1000) * 1000};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    (void)send(fd, request.data(), request.size(), MSG_NOSIGNAL);
    std::string reply;
    char buffer[4096];
    for (ssize_t n; (n = recv(fd, buffer, sizeof buffer, 0)) > 0;) reply.append(buffer, static_cast<size_t>(n));
    close(fd);
    return reply;
}

long resident_kib(int pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
    return 0;
}

httplib::Headers bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }

nlohmann::json body_json(const httplib::Result& result) {
    if (!result) return nullptr;
    return nlohmann::json::parse(result->body, nullptr, false);
}

}  // namespace anzan::test
