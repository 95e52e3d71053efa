// `anzan serve`: migrate, seed demo data on an empty development database, then serve HTTP.
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <thread>

#include "app/app.hpp"
#include "cli/common.hpp"
#include "demo/seed.hpp"
#include "platform/http/server.hpp"

namespace anzan::cli {
namespace {

std::string find_web_dir(const std::string& configured) {
    std::error_code ec;
    // Canonical, so the static-file check "is this inside the web folder" compares real paths.
    if (!configured.empty()) {
        auto canonical = std::filesystem::canonical(configured, ec);
        return ec ? std::string() : canonical.string();
    }
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    for (const auto& candidate : {exe.parent_path() / "../web/dist", exe.parent_path() / "web/dist",
                                  std::filesystem::path("web/dist")}) {
        if (std::filesystem::exists(candidate / "index.html", ec)) return std::filesystem::canonical(candidate, ec).string();
    }
    return {};
}

int run_serve(const CommonFlags& flags, const std::string& host, int port, bool no_access_log) {
    auto loaded = load_config(flags);
    if (!loaded) return 2;
    Config config = *loaded;
    if (!host.empty()) config.host = host;
    if (port >= 0) config.port = port;
    if (auto ok = require_secret(config); !ok) return fail(ok.error());
    if (auto ok = check_time_zone(config.academy_timezone); !ok) return fail(ok.error());
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int workers = config.worker_threads > 0 ? config.worker_threads : std::max(4, 2 * cores);
    const int heavy = config.heavy_threads > 0 ? config.heavy_threads : cores;
    auto database = open_database(config, Migrate::Yes, static_cast<size_t>(workers + heavy + 2));
    if (!database) return 5;
    if (config.is_development()) {
        auto seeded = demo::seed_if_empty(*database, demo::DemoOptions{"", config.academy_timezone}, now_utc(), std::cout);
        if (!seeded) return fail(seeded.error());
    }
    app::App app;
    app.config = config;
    app.database = database;
    if (!config.google_client_id.empty())
        app.accounts.google = std::make_unique<auth::GoogleVerifier>(
            config.google_client_id,
            config.google_jwks_file.empty() ? config.google_jwks_url : "file://" + config.google_jwks_file);
    app::register_routes(app);

    http::ServerOptions options;
    options.host = config.host;
    options.port = config.port;
    options.io_threads = config.io_threads > 0 ? config.io_threads : cores;
    options.worker_threads = workers;
    options.heavy_threads = config.heavy_threads > 0 ? config.heavy_threads : cores;
    options.heavy_queue = config.heavy_queue;
    options.read_timeout = std::chrono::seconds(config.read_timeout_seconds);
    options.keep_alive = std::chrono::seconds(config.keep_alive_seconds);
    options.max_connections_per_address = config.max_connections_per_address;
    options.trusted_proxies = config.trusted_proxies;
    options.cors_origins = config.cors_origins;
    options.web_dir = find_web_dir(config.web_dir);
    options.access_log = !no_access_log;
    http::Server server(app.router, [&app] { return http::Context(*app.database, app.config, now_utc()); },
                        options);
    auto bound = server.listen();
    if (!bound) return fail(bound.error());
    if (options.web_dir.empty()) spdlog::warn("web/dist not found: the web app is not served (build it with make run)");
    std::cout << "Anzan is listening on http://" << (config.host == "0.0.0.0" ? "localhost" : config.host) << ":"
              << *bound << " (database: " << database->url().redacted << ")" << std::endl;
    server.run();
    spdlog::info("server stopped");
    return 0;
}

}  // namespace

Command add_serve(CLI::App& app) {
    auto* command = app.add_subcommand("serve", "Serve the API and the web app");
    auto flags = std::make_shared<CommonFlags>();
    auto host = std::make_shared<std::string>();
    auto port = std::make_shared<int>(-1);
    auto quiet = std::make_shared<bool>(false);
    add_common_flags(*command, *flags);
    command->add_option("--host", *host, "Address to listen on (overrides HOST)");
    command->add_option("--port", *port, "Port (overrides PORT; 0 picks a free one)");
    command->add_flag("--no-access-log", *quiet, "Do not log one line per request");
    return {command, [=] { return run_serve(*flags, *host, *port, *quiet); }};
}

}  // namespace anzan::cli
