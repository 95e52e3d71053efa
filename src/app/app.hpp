// The assembled application: config, database, long-lived services and the full route table.
// Built once by `anzan serve` (and by tests); every area registers its routes here.
#pragma once
#include <memory>

#include <nlohmann/json.hpp>

#include "accounts/service.hpp"
#include "platform/config.hpp"
#include "platform/db/database.hpp"
#include "platform/http/router.hpp"

namespace anzan::app {

struct App {
    Config config;
    std::shared_ptr<db::Database> database;
    accounts::AccountServices accounts;
    http::Router router;
};

// Registers every route of every area, plus health and OpenAPI.
void register_routes(App& app);
// GET /health, /api/health, /api/openapi.json.
void add_system_routes(http::Router& router);
// The OpenAPI 3 document derived from the route table.
nlohmann::json openapi_document(const http::Router& router);

}  // namespace anzan::app
