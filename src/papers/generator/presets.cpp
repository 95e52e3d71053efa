#include "papers/generator/presets.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "papers/generator/wire.hpp"

namespace anzan::papers {
namespace {

std::string lowercase(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// Level names are file names: letters, digits and '-' only, so no path can be smuggled in.
bool is_plain_name(const std::string& level) {
    return !level.empty() && level.size() <= 40 &&
           std::all_of(level.begin(), level.end(), [](char c) {
               return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
           });
}

std::optional<nlohmann::json> read_json(const std::filesystem::path& path) {
    std::ifstream in(path);
    if (!in) return std::nullopt;
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto parsed = nlohmann::json::parse(buffer.str(), nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) return std::nullopt;
    return parsed;
}

// Junior, AB-1..AB-10, Advanced, then the rest.
std::pair<int, std::string> teaching_order(const std::string& level) {
    const std::string lower = lowercase(level);
    if (lower == "junior") return {0, ""};
    if (lower.rfind("ab-", 0) == 0 && lower.size() <= 5 && lower.find_first_not_of("0123456789", 3) == std::string::npos &&
        lower.size() > 3)
        return {std::stoi(lower.substr(3)), ""};
    if (lower == "advanced") return {100, ""};
    return {200, lower};
}

}  // namespace

Result<PaperConfig> load_preset(const std::string& presets_dir, const std::string& level) {
    if (!is_plain_name(level)) return Error::not_found("no preset for level \"" + level + "\"");
    const auto path = std::filesystem::path(presets_dir) / (lowercase(level) + ".json");
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) return Error::not_found("no preset for level \"" + level + "\"");
    const auto json = read_json(path);
    if (!json) return Error::internal("the preset for level \"" + level + "\" is not valid JSON");
    auto config = parse_paper_config(*json);
    if (!config) return Error::internal("the preset for level \"" + level + "\" is malformed: " + config.error().detail);
    return config;
}

std::vector<std::string> preset_levels(const std::string& presets_dir) {
    std::vector<std::string> levels;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(presets_dir, error)) {
        if (entry.path().extension() != ".json") continue;
        const auto json = read_json(entry.path());
        if (!json || !json->is_object()) continue;
        const auto level = json->find("level");
        if (level == json->end() || !level->is_string()) continue;
        levels.push_back(level->get<std::string>());
    }
    std::sort(levels.begin(), levels.end(),
              [](const std::string& a, const std::string& b) { return teaching_order(a) < teaching_order(b); });
    return levels;
}

}  // namespace anzan::papers
