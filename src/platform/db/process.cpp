#include "platform/db/process.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

extern char** environ;

namespace anzan::db {

ProcessResult run_process(const std::vector<std::string>& argv, const std::map<std::string, std::string>& extra_env) {
    ProcessResult result;
    std::vector<std::string> env_strings;
    for (char** e = environ; *e != nullptr; ++e) {
        const std::string entry = *e;
        const auto eq = entry.find('=');
        if (eq != std::string::npos && extra_env.count(entry.substr(0, eq))) continue;
        env_strings.push_back(entry);
    }
    for (const auto& [key, value] : extra_env) env_strings.push_back(key + "=" + value);
    std::vector<char*> envp, args;
    for (auto& s : env_strings) envp.push_back(s.data());
    envp.push_back(nullptr);
    std::vector<std::string> argv_copy = argv;
    for (auto& s : argv_copy) args.push_back(s.data());
    args.push_back(nullptr);

    int err_pipe[2];
    if (pipe2(err_pipe, O_CLOEXEC) != 0) {
        result.error_output = std::strerror(errno);
        return result;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, err_pipe[1], STDERR_FILENO);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    close(err_pipe[1]);
    if (spawned != 0) {
        close(err_pipe[0]);
        result.error_output = argv[0] + ": " + std::strerror(spawned);
        return result;
    }
    char buffer[4096];
    ssize_t n = 0;
    while ((n = read(err_pipe[0], buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR)) {
        if (n > 0) result.error_output.append(buffer, static_cast<size_t>(n));
        if (result.error_output.size() > 8000) result.error_output.erase(0, result.error_output.size() - 2000);
    }
    close(err_pipe[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    result.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (result.error_output.size() > 2000) result.error_output.erase(0, result.error_output.size() - 2000);
    return result;
}

}  // namespace anzan::db
