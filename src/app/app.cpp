#include "app/app.hpp"

#include "accounts/routes.hpp"
#include "papers/routes.hpp"
#include "papers/service.hpp"
#include "practice/routes.hpp"
#include "seasons/routes.hpp"

namespace anzan::app {

void register_routes(App& app) {
    add_system_routes(app.router);
    accounts::add_routes(app.router, app.accounts);
    seasons::add_routes(app.router);
    practice::add_routes(app.router);
    papers::add_routes(app.router, papers::find_presets_dir());
    app.router.work_gate().set_limit(app.config.heavy_per_user);
    app.router.set_authenticator([](const std::string& token, http::Context& ctx) {
        return accounts::authenticate(ctx.db(), ctx.config(), token, ctx.now_utc());
    });
}

}  // namespace anzan::app
