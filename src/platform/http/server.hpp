// The HTTP server: Boost.Beast, async with C++20 coroutines, keep-alive, one I/O thread per core;
// handlers run on a separate worker pool so argon2 and long queries never stall the I/O threads.
// Stops gracefully on SIGINT/SIGTERM: stops accepting, lets in-flight requests finish (up to
// `drain_timeout`), then returns from `run`.
#pragma once
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "platform/http/router.hpp"

namespace anzan::http {

// Raises the soft limit on open files to the hard limit (each connection holds one). Returns the
// limit now in force.
long raise_open_file_limit();

struct ServerOptions {
    std::string host = "0.0.0.0";
    int port = 8000;
    int io_threads = 1;
    int worker_threads = 4;
    int heavy_threads = 1;   // the heavy pool (Exec::Heavy): lower CPU priority than the rest
    int heavy_queue = 32;    // heavy requests queued or running at once; beyond that: 503
    size_t body_limit = 1024 * 1024;  // 1 MiB; larger bodies get 413
    std::chrono::seconds read_timeout{30};  // a whole request must arrive within this
    std::chrono::seconds keep_alive{5};     // silence allowed before a request's first byte
    std::chrono::seconds drain_timeout{15};
    int max_connections_per_address = 256;  // not applied to trusted proxies
    std::vector<std::string> cors_origins;  // "*" allows any origin (without credentials)
    std::vector<std::string> trusted_proxies;  // whose X-Forwarded-For is believed
    std::string web_dir;                    // canonical; static files and index.html; empty: none
    bool access_log = true;
};

// Builds the per-request Context (database, config, clock).
using ContextFactory = std::function<Context()>;

class Server {
public:
    Server(const Router& router, ContextFactory make_context, ServerOptions options);
    ~Server();
    // Binds; Unavailable when the address is taken, Invalid when TRUSTED_PROXIES is malformed.
    // Returns the bound port (useful with port 0).
    Result<int> listen();
    // Serves until SIGINT/SIGTERM or `stop()`.
    void run();
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Answers a request that matched no route: static files, SPA fallback, or a JSON 404/405.
// `web_dir` must be canonical (or empty: no web app).
Response serve_unrouted(const Router& router, const Request& request, const std::string& web_dir);
// The web app's index.html, streamed (404 when the app is not built).
Response serve_web_app_index(const std::string& web_dir);

}  // namespace anzan::http
