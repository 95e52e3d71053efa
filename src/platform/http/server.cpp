// The only translation unit that includes Beast (each one costs ~25 s to compile).
#include "platform/http/server.hpp"

#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <spdlog/spdlog.h>

#include <atomic>
#include <thread>

#include "platform/http/dispatcher.hpp"
#include "platform/http/json_response.hpp"

namespace anzan::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using asio::awaitable;
using asio::use_awaitable;

namespace {

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
bool to_request(bhttp::request<bhttp::string_body>&& in, const std::string& remote_ip, Request& out) {
    out.method = to_method(in.method());
    auto target = boost::urls::parse_origin_form(std::string_view(in.target()));
    if (!target) return false;
    out.path = std::string(target->path());
    if (out.path.empty()) out.path = "/";
    for (auto param : target->params()) out.query[std::string(param.key)] = std::string(param.value);
    for (const auto& field : in) {
        std::string name(field.name_string());
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out.headers.emplace_back(std::move(name), std::string(field.value()));
    }
    out.body = std::move(in.body());
    out.remote_ip = remote_ip;
    return true;
}

bhttp::response<bhttp::string_body> to_beast(Response&& in, unsigned version, bool keep_alive, bool head) {
    bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(in.status), version};
    out.set(bhttp::field::server, "anzan");
    if (!in.content_type.empty()) out.set(bhttp::field::content_type, in.content_type);
    for (auto& [name, value] : in.headers) out.insert(name, value);
    out.keep_alive(keep_alive);
    const size_t size = in.body.size();
    if (!head) out.body() = std::move(in.body);
    out.content_length(size);
    return out;
}

}  // namespace

struct Server::Impl {
    const Router& router;
    ContextFactory make_context;
    ServerOptions options;
    asio::io_context io{1};
    asio::thread_pool workers;
    tcp::acceptor acceptor{io};
    asio::signal_set signals{io, SIGINT, SIGTERM};
    std::atomic<int> in_flight{0};
    std::atomic<bool> stopping{false};

    Impl(const Router& r, ContextFactory f, ServerOptions o)
        : router(r), make_context(std::move(f)), options(std::move(o)),
          io(std::max(1, options.io_threads)), workers(std::max(1, options.worker_threads)) {}

    Response answer(Request& request) {
        const Plan plan = plan_request(router, request);
        Context context = make_context();
        return handle_request(router, plan, request, context, options);
    }

    awaitable<Response> run_handler(Request& request) {
        const Plan plan = plan_request(router, request);
        if (plan.exec() == Exec::Inline) {
            Context context = make_context();
            co_return handle_request(router, plan, request, context, options);
        }
        // Off the I/O thread; the coroutine resumes on its own strand afterwards.
        co_return co_await asio::co_spawn(
            workers,
            [this, &plan, &request]() -> awaitable<Response> {
                Context context = make_context();
                co_return handle_request(router, plan, request, context, options);
            },
            use_awaitable);
    }

    void log_access(const Request& request, int status, size_t bytes, std::chrono::steady_clock::time_point start) {
        if (!options.access_log) return;
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        spdlog::info("{} {} {} {} {}B {:.1f}ms", request.remote_ip, method_name(request.method), request.path, status,
                     bytes, ms);
    }

    awaitable<void> write_error(beast::tcp_stream& stream, const Error& error, unsigned version) {
        auto response = to_beast(error_response(error), version, false, false);
        co_await bhttp::async_write(stream, response, asio::as_tuple(use_awaitable));
    }

    awaitable<void> session(tcp::socket socket) {
        beast::tcp_stream stream(std::move(socket));
        beast::error_code ignored;
        const std::string remote_ip = stream.socket().remote_endpoint(ignored).address().to_string();
        beast::flat_buffer buffer;
        for (;;) {
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
            Request request;
            Response response;
            if (!to_request(std::move(message), remote_ip, request)) {
                response = error_response(Error::bad_request("Malformed request target"));
                keep_alive = false;
            } else {
                response = co_await run_handler(request);
            }
            const int status = response.status;
            auto out = to_beast(std::move(response), version, keep_alive && !stopping, head);
            const size_t size = out.body().size();
            stream.expires_after(options.read_timeout);
            auto [write_ec, written] = co_await bhttp::async_write(stream, out, asio::as_tuple(use_awaitable));
            log_access(request, status, size, start);
            --in_flight;
            if (write_ec || !out.keep_alive()) break;
        }
        stream.socket().shutdown(tcp::socket::shutdown_send, ignored);
    }

    awaitable<void> accept_loop() {
        for (;;) {
            auto [ec, socket] = co_await acceptor.async_accept(asio::make_strand(io), asio::as_tuple(use_awaitable));
            if (ec) {
                if (!acceptor.is_open()) co_return;
                continue;  // e.g. too many open files: keep serving the others
            }
            socket.set_option(tcp::no_delay(true), ec);
            auto executor = socket.get_executor();
            asio::co_spawn(executor, session(std::move(socket)), asio::detached);
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

Server::~Server() { impl_->workers.join(); }

Result<int> Server::listen() {
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
}

void Server::stop() {
    asio::co_spawn(impl_->io, impl_->drain(), asio::detached);
}

}  // namespace anzan::http
