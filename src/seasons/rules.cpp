#include "seasons/rules.hpp"

namespace anzan::seasons {
namespace {

std::string trim(std::string text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

Result<std::optional<std::string>> normalize_field(std::optional<std::string> value, const char* field) {
    if (!value) return std::optional<std::string>{};
    std::string text = trim(std::move(*value));
    if (text.empty()) return Error::invalid(std::string(field) + " must not be blank: leave it out to reset everyone");
    if (text.size() > kMaxScopeLength)
        return Error::invalid(std::string(field) + " is longer than " + std::to_string(kMaxScopeLength) + " characters");
    return std::optional<std::string>(std::move(text));
}

}  // namespace

Result<ResetScope> normalize_scope(std::optional<std::string> branch, std::optional<std::string> course) {
    ResetScope scope;
    scope.branch = TRY(normalize_field(std::move(branch), "branch"));
    scope.course = TRY(normalize_field(std::move(course), "course"));
    return scope;
}

std::string describe_scope(const ResetScope& scope) {
    if (scope.is_everyone()) return "everyone";
    std::string text;
    if (scope.branch) text = "branch '" + *scope.branch + "'";
    if (scope.course) text += (text.empty() ? "" : ", ") + std::string("course '") + *scope.course + "'";
    return text;
}

std::string season_name(std::string_view ended_at_utc, const ResetScope& scope) {
    std::string name = "Season ending " + std::string(ended_at_utc.substr(0, 10));
    if (!scope.is_everyone()) name += " (" + describe_scope(scope) + ")";
    return name;
}

std::vector<long long> competition_ranks(std::span<const long long> points_best_first) {
    std::vector<long long> ranks;
    ranks.reserve(points_best_first.size());
    for (size_t idx = 0; idx < points_best_first.size(); ++idx) {
        const bool tied = idx > 0 && points_best_first[idx] == points_best_first[idx - 1];
        ranks.push_back(tied ? ranks.back() : static_cast<long long>(idx) + 1);
    }
    return ranks;
}

BranchFilter standings_filter(Viewer viewer, const std::optional<std::string>& own_branch,
                              const std::vector<std::string>& teacher_branches) {
    switch (viewer) {
        case Viewer::Admin: return {true, {}};
        case Viewer::Teacher:
            if (teacher_branches.empty()) return {true, {}};
            return {false, teacher_branches};
        case Viewer::Student:
            if (!own_branch || own_branch->empty()) return {false, {}};
            return {false, {*own_branch}};
    }
    return {false, {}};
}

bool can_see_branch(const BranchFilter& filter, const std::optional<std::string>& branch) {
    if (filter.all) return true;
    if (!branch) return false;
    for (const auto& allowed : filter.branches)
        if (allowed == *branch) return true;
    return false;
}

long long audit_page_size(std::optional<long long> requested) {
    if (!requested) return 50;
    if (*requested < 1) return 1;
    if (*requested > 500) return 500;
    return *requested;
}

}  // namespace anzan::seasons
