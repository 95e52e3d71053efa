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

struct ServerOptions {
    std::string host = "0.0.0.0";
    int port = 8000;
    int io_threads = 1;
    int worker_threads = 4;
    size_t body_limit = 1024 * 1024;  // 1 MiB; larger bodies get 413
    std::chrono::seconds read_timeout{30};
    std::chrono::seconds drain_timeout{15};
    std::vector<std::string> cors_origins;  // "*" allows any origin
    std::string web_dir;                    // static files and the SPA's index.html; empty: none
    bool access_log = true;
};

// Builds the per-request Context (database, config, clock).
using ContextFactory = std::function<Context()>;

class Server {
public:
    Server(const Router& router, ContextFactory make_context, ServerOptions options);
    ~Server();
    // Binds; Unavailable when the address is taken. Returns the bound port (useful with port 0).
    Result<int> listen();
    // Serves until SIGINT/SIGTERM or `stop()`.
    void run();
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Answers a request that matched no route: static files, SPA fallback, or a JSON 404/405.
Response serve_unrouted(const Router& router, const Request& request, const std::string& web_dir);

}  // namespace anzan::http
