// The only translation unit that includes Beast (each one costs ~25 s to compile).
#include "platform/http/server.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <spdlog/spdlog.h>

#include <atomic>
#include <mutex>
#include <thread>
#include <type_traits>
#include <unordered_map>

#include "platform/http/client_address.hpp"
#include "platform/http/dispatcher.hpp"
#include "platform/http/json_response.hpp"
#include "platform/http/target.hpp"

namespace anzan::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using asio::awaitable;
using asio::use_awaitable;

namespace {

// Heavy-pool threads yield the CPU to everything else (nice +10 on Linux, per thread).
constexpr int kHeavyNice = 10;
// Descriptors kept back from connections for the database, backups and static files.
constexpr long kReservedFiles = 64;
constexpr auto kAcceptBackoff = std::chrono::milliseconds(100);

Method to_method(bhttp::verb verb) {
    switch (verb) {
        case bhttp::verb::get: return Method::Get;
        case bhttp::verb::head: return Method::Head;
        case bhttp::verb::post: return Method::Post;
        case bhttp::verb::put: return Method::Put;
        case bhttp::verb::patch: return Method::Patch;
        case bhttp::verb::delete_: return Method::Delete;
        case bhttp::verb::options: return Method::Options;
        default: return Method::Other;
    }
}

// Fills our Request from Beast's; false when the target is not a valid origin-form URL.
bool to_request(bhttp::request<bhttp::string_body>&& in, const std::string& client, Request& out) {
    out.method = to_method(in.method());
    if (!parse_target(std::string_view(in.target()), out)) return false;
    for (const auto& field : in) {
        std::string name(field.name_string());
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out.headers.emplace_back(std::move(name), std::string(field.value()));
    }
    out.body = std::move(in.body());
    out.remote_ip = client;
    return true;
}

template <typename Message>
void copy_headers(Response& in, Message& out, bool keep_alive) {
    out.set(bhttp::field::server, "anzan");
    if (!in.content_type.empty()) out.set(bhttp::field::content_type, in.content_type);
    for (auto& [name, value] : in.headers) out.insert(name, value);
    out.keep_alive(keep_alive);
}

bhttp::response<bhttp::string_body> to_beast(Response&& in, unsigned version, bool keep_alive, bool head) {
    bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(in.status), version};
    copy_headers(in, out, keep_alive);
    const size_t size = in.file ? in.file->size() : in.body.size();
    if (!head) out.body() = std::move(in.body);
    out.content_length(size);
    return out;
}

// Counts open connections per peer address; a peer over its cap is refused at accept.
class ConnectionCounter {
public:
    bool try_add(const std::string& address, int cap) {
        std::lock_guard lock(mutex_);
        int& count = open_[address];
        if (count >= cap) return false;
        ++count;
        return true;
    }
    void remove(const std::string& address) {
        std::lock_guard lock(mutex_);
        const auto it = open_.find(address);
        if (it != open_.end() && --it->second <= 0) open_.erase(it);
    }

private:
    std::mutex mutex_;
    std::unordered_map<std::string, int> open_;  // GUARDED_BY(mutex_); one entry per connected address
};

}  // namespace

long raise_open_file_limit() {
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0) return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    return limit.rlim_cur == RLIM_INFINITY ? 1L << 20 : static_cast<long>(limit.rlim_cur);
}

struct Server::Impl {
    const Router& router;
    ContextFactory make_context;
    ServerOptions options;
    AddressSet trusted_proxies;
    asio::io_context io{1};
    asio::thread_pool workers;
    asio::io_context heavy_io{1};
    asio::executor_work_guard<asio::io_context::executor_type> heavy_work{heavy_io.get_executor()};
    std::vector<std::thread> heavy_threads;
    tcp::acceptor acceptor{io};
    asio::signal_set signals{io, SIGINT, SIGTERM};
    std::atomic<int> in_flight{0};
    std::atomic<int> heavy_in_flight{0};
    std::atomic<long> open_connections{0};
    long max_connections = 1000;
    ConnectionCounter per_address;
    std::atomic<bool> stopping{false};

    Impl(const Router& r, ContextFactory f, ServerOptions o)
        : router(r), make_context(std::move(f)), options(std::move(o)),
          io(std::max(1, options.io_threads)), workers(std::max(1, options.worker_threads)) {
        max_connections = std::max(64L, raise_open_file_limit() - kReservedFiles);
        for (int i = 0; i < std::max(1, options.heavy_threads); ++i) {
            heavy_threads.emplace_back([this] {
                setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kHeavyNice);
                heavy_io.run();
            });
        }
    }

    void stop_heavy_pool() {
        heavy_work.reset();
        for (auto& thread : heavy_threads)
            if (thread.joinable()) thread.join();
    }

    // Runs `work` on `executor` and resumes here with its result.
    template <typename Executor, typename Work>
    awaitable<std::invoke_result_t<Work>> run_on(Executor executor, Work work) {
        co_return co_await asio::co_spawn(
            executor, [&work]() -> awaitable<std::invoke_result_t<Work>> { co_return work(); }, use_awaitable);
    }

    awaitable<Response> run_handler(Request& request) {
        const Plan plan = plan_request(router, request);
        if (plan.exec() == Exec::Inline) {
            Context context = make_context();
            co_return handle_request(router, plan, request, context, options);
        }
        if (plan.exec() == Exec::Worker) {
            // Off the I/O thread; the coroutine resumes on its own strand afterwards.
            co_return co_await run_on(workers.get_executor(), [&] {
                Context context = make_context();
                return handle_request(router, plan, request, context, options);
            });
        }
        // Heavy: sign-in check and the caller's share of heavy work on the worker pool, so a
        // request that may not run never waits in the heavy queue; then the work itself.
        Context context = make_context();
        auto denied = co_await run_on(workers.get_executor(),
                                      [&] { return admit_request(router, plan, request, context, options); });
        if (denied) co_return std::move(*denied);
        if (heavy_in_flight.fetch_add(1) >= options.heavy_queue) {
            --heavy_in_flight;
            Response busy = error_response(
                Error::unavailable("The server is busy preparing other worksheets: try again in a moment", 5));
            add_security_headers(busy);
            co_return busy;
        }
        Response response = co_await run_on(heavy_io.get_executor(),
                                            [&] { return run_request(router, plan, request, context, options); });
        --heavy_in_flight;
        co_return response;
    }

    void log_access(const Request& request, int status, size_t bytes, std::chrono::steady_clock::time_point start) {
        if (!options.access_log) return;
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        spdlog::info("{} {} {} {} {}B {:.1f}ms", request.remote_ip, method_name(request.method), request.path, status,
                     bytes, ms);
    }

    awaitable<void> write_error(beast::tcp_stream& stream, const Error& error, unsigned version) {
        Response response = error_response(error);
        add_security_headers(response);
        auto out = to_beast(std::move(response), version, false, false);
        co_await bhttp::async_write(stream, out, asio::as_tuple(use_awaitable));
    }

    // Writes a response, streaming a file body from disk when there is one.
    awaitable<beast::error_code> write_response(beast::tcp_stream& stream, Response&& response, unsigned version,
                                                bool keep_alive, bool head) {
        if (response.file && !head) {
            bhttp::response<bhttp::file_body> out{static_cast<bhttp::status>(response.status), version};
            copy_headers(response, out, keep_alive);
            beast::error_code ec;
            beast::file file;
            file.native_handle(::dup(response.file->fd()));
            out.body().reset(std::move(file), ec);
            if (!ec) {
                out.prepare_payload();
                auto [write_ec, written] = co_await bhttp::async_write(stream, out, asio::as_tuple(use_awaitable));
                if (!write_ec && !keep_alive) co_return bhttp::error::end_of_stream;
                co_return write_ec;
            }
            response = error_response(Error::not_found("Not found"));
        }
        auto out = to_beast(std::move(response), version, keep_alive, head);
        auto [write_ec, written] = co_await bhttp::async_write(stream, out, asio::as_tuple(use_awaitable));
        if (!write_ec && !out.keep_alive()) co_return bhttp::error::end_of_stream;
        co_return write_ec;
    }

    // Waits, at most keep_alive, for the first byte of the next request; false when none came.
    awaitable<bool> await_request_start(beast::tcp_stream& stream, beast::flat_buffer& buffer) {
        if (buffer.size() > 0) co_return true;
        stream.expires_after(options.keep_alive);
        auto [ec, n] = co_await stream.async_read_some(buffer.prepare(4096), asio::as_tuple(use_awaitable));
        if (ec) co_return false;
        buffer.commit(n);
        co_return true;
    }

    awaitable<void> session(tcp::socket socket, std::string peer, bool counted) {
        beast::tcp_stream stream(std::move(socket));
        beast::error_code ignored;
        beast::flat_buffer buffer;
        for (;;) {
            if (!co_await await_request_start(stream, buffer)) break;
            bhttp::request_parser<bhttp::string_body> parser;
            parser.body_limit(options.body_limit);
            parser.header_limit(16 * 1024);
            stream.expires_after(options.read_timeout);
            auto [ec, bytes] = co_await bhttp::async_read(stream, buffer, parser, asio::as_tuple(use_awaitable));
            if (ec == bhttp::error::body_limit) {
                co_await write_error(stream, Error::too_large("The request body is larger than 1 MiB"), 11);
                break;
            }
            if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::eof ||
                ec == asio::error::connection_reset || ec == asio::error::operation_aborted)
                break;
            if (ec) {
                co_await write_error(stream, Error::bad_request("Malformed HTTP request"), 11);
                break;
            }
            const auto start = std::chrono::steady_clock::now();
            ++in_flight;
            auto message = parser.release();
            const unsigned version = message.version();
            const bool head = message.method() == bhttp::verb::head;
            bool keep_alive = message.keep_alive() && !stopping;
            const std::string client =
                client_address(peer, std::string_view(message["X-Forwarded-For"]), trusted_proxies);
            Request request;
            Response response;
            if (!to_request(std::move(message), client, request)) {
                response = error_response(Error::bad_request("Malformed request target"));
                add_security_headers(response);
                keep_alive = false;
            } else {
                response = co_await run_handler(request);
            }
            const int status = response.status;
            const size_t size = response.file ? response.file->size() : response.body.size();
            stream.expires_after(options.read_timeout);
            const auto write_ec = co_await write_response(stream, std::move(response), version,
                                                          keep_alive && !stopping, head);
            log_access(request, status, size, start);
            --in_flight;
            if (write_ec) break;
        }
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
        --open_connections;
        if (counted) per_address.remove(peer);
    }

    awaitable<void> accept_loop() {
        asio::steady_timer backoff(io);
        for (;;) {
            auto [ec, socket] = co_await acceptor.async_accept(asio::make_strand(io), asio::as_tuple(use_awaitable));
            if (ec) {
                if (!acceptor.is_open()) co_return;
                // Out of descriptors or memory: the pending connection stays queued and accept would
                // fail again at once, spinning a core. Give finishing connections time to free some.
                if (ec == asio::error::no_descriptors || ec.value() == ENFILE || ec == asio::error::no_buffer_space ||
                    ec == asio::error::no_memory) {
                    backoff.expires_after(kAcceptBackoff);
                    co_await backoff.async_wait(asio::as_tuple(use_awaitable));
                }
                continue;
            }
            beast::error_code ignored;
            const std::string peer = canonical_address(socket.remote_endpoint(ignored).address().to_string());
            if (open_connections >= max_connections) {
                socket.close(ignored);
                continue;
            }
            // Behind a trusted proxy every client shares its address: the proxy limits them instead.
            const bool counted = !trusted_proxies.contains(peer);
            if (counted && !per_address.try_add(peer, options.max_connections_per_address)) {
                socket.close(ignored);
                continue;
            }
            ++open_connections;
            socket.set_option(tcp::no_delay(true), ignored);
            auto executor = socket.get_executor();
            asio::co_spawn(executor, session(std::move(socket), peer, counted), asio::detached);
        }
    }

    // Stop accepting, let in-flight requests finish, then stop the I/O loop.
    awaitable<void> drain() {
        stopping = true;
        beast::error_code ignored;
        acceptor.close(ignored);
        asio::steady_timer timer(io);
        const auto deadline = std::chrono::steady_clock::now() + options.drain_timeout;
        while (in_flight > 0 && std::chrono::steady_clock::now() < deadline) {
            timer.expires_after(std::chrono::milliseconds(20));
            co_await timer.async_wait(asio::as_tuple(use_awaitable));
        }
        io.stop();
    }
};

Server::Server(const Router& router, ContextFactory make_context, ServerOptions options)
    : impl_(std::make_unique<Impl>(router, std::move(make_context), std::move(options))) {}

Server::~Server() {
    impl_->workers.join();
    impl_->stop_heavy_pool();
}

Result<int> Server::listen() {
    impl_->trusted_proxies = TRY(AddressSet::parse(impl_->options.trusted_proxies));
    try {
        const auto address = asio::ip::make_address(impl_->options.host);
        const tcp::endpoint endpoint(address, static_cast<unsigned short>(impl_->options.port));
        impl_->acceptor.open(endpoint.protocol());
        impl_->acceptor.set_option(asio::socket_base::reuse_address(true));
        impl_->acceptor.bind(endpoint);
        impl_->acceptor.listen(asio::socket_base::max_listen_connections);
        return static_cast<int>(impl_->acceptor.local_endpoint().port());
    } catch (const std::exception& e) {
        return Error::unavailable("cannot listen on " + impl_->options.host + ":" +
                                  std::to_string(impl_->options.port) + ": " + e.what());
    }
}

void Server::run() {
    impl_->signals.async_wait([this](const beast::error_code& ec, int signal) {
        if (ec) return;
        spdlog::info("received signal {}, finishing in-flight requests", signal);
        asio::co_spawn(impl_->io, impl_->drain(), asio::detached);
    });
    asio::co_spawn(impl_->io, impl_->accept_loop(), asio::detached);
    std::vector<std::thread> threads;
    for (int i = 1; i < std::max(1, impl_->options.io_threads); ++i) threads.emplace_back([this] { impl_->io.run(); });
    impl_->io.run();
    for (auto& thread : threads) thread.join();
    impl_->workers.join();
    impl_->stop_heavy_pool();
}

void Server::stop() {
    asio::co_spawn(impl_->io, impl_->drain(), asio::detached);
}

}  // namespace anzan::http
