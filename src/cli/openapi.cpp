// `anzan openapi`: prints the OpenAPI document the server serves at /api/openapi.json, without a
// database or a config. The web's API types are generated from it (web/scripts/api-types.sh).
#include <iostream>

#include "app/app.hpp"
#include "cli/common.hpp"

namespace anzan::cli {

Command add_openapi(CLI::App& app) {
    auto* command = app.add_subcommand("openapi", "Print the API description (OpenAPI 3.1 JSON)");
    return {command, [] {
                app::App application;
                app::register_routes(application);
                std::cout << app::openapi_document(application.router).dump(2) << '\n';
                return 0;
            }};
}

}  // namespace anzan::cli
