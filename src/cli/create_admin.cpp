// `anzan create-admin --email … [--name …] [--password-stdin]`: creates an admin account or
// promotes an existing one. Without --password-stdin the account can sign in with Google only.
#include <iostream>

#include "accounts/service.hpp"
#include "cli/common.hpp"

namespace anzan::cli {

Command add_create_admin(CLI::App& app) {
    auto* command = app.add_subcommand("create-admin", "Create an admin account (or promote an existing one)");
    auto flags = std::make_shared<CommonFlags>();
    auto email = std::make_shared<std::string>();
    auto name = std::make_shared<std::string>();
    auto from_stdin = std::make_shared<bool>(false);
    add_common_flags(*command, *flags);
    command->add_option("--email", *email, "The admin's e-mail address")->required();
    command->add_option("--name", *name, "The admin's name (default: the part before @)");
    command->add_flag("--password-stdin", *from_stdin, "Read the password from the first line of standard input");
    return {command, [=] {
                auto config = load_config(*flags);
                if (!config) return 2;
                std::string password;
                if (*from_stdin && !std::getline(std::cin, password))
                    return fail(Error::invalid("--password-stdin was given but standard input is empty"));
                if (!password.empty() && password.back() == '\r') password.pop_back();
                auto database = open_database(*config, Migrate::Yes);
                if (!database) return 5;
                auto user = accounts::create_or_promote_admin(*database, *email, *name, password, now_utc());
                if (!user) return fail(user.error());
                std::cout << "Admin ready: " << user->email << " (user id " << user->id << ")"
                          << (password.empty() ? "; no password set: sign in with Google" : "") << '\n';
                return 0;
            }};
}

}  // namespace anzan::cli
