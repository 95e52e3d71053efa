#include "papers/service.hpp"

#include <sodium.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "papers/generator/generator.hpp"
#include "papers/generator/presets.hpp"
#include "papers/generator/wire.hpp"
#include "papers/rules.hpp"

namespace anzan::papers {

std::string find_presets_dir() {
    if (const char* configured = std::getenv("ANZAN_PRESETS_DIR"); configured && *configured)
        return configured;
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    for (const auto& candidate : {exe.parent_path() / "../presets", exe.parent_path() / "presets",
                                  std::filesystem::path("presets")}) {
        if (std::filesystem::is_directory(candidate, ec))
            return std::filesystem::canonical(candidate, ec).string();
    }
    return {};
}

std::uint64_t random_seed() {
    std::uint64_t seed = 0;
    randombytes_buf(&seed, sizeof seed);
    return seed & kMaxWireSeed;  // kMaxWireSeed is 2^53 - 1: masking keeps the draw uniform.
}

Result<PaperConfig> preset_config(const std::string& presets_dir, const std::string& level) {
    auto preset = load_preset(presets_dir, level);
    if (preset || preset.error().code != ErrorCode::NotFound) return preset;
    std::string known;
    for (const auto& name : preset_levels(presets_dir)) known += (known.empty() ? "" : ", ") + name;
    if (known.empty()) return Error::not_found("No presets are installed on this server");
    return Error::not_found("No preset for level \"" + level + "\": choose one of " + known);
}

Result<PaperConfig> resolve_config(PaperConfig config, const std::string& presets_dir) {
    if (!wants_preset(config)) return resolve_blocks(std::move(config), nullptr);
    auto preset = load_preset(presets_dir, config.level);
    // A level without a preset (Vedic-Level-3, say) leaves the blocks empty: the 400 below.
    if (!preset && preset.error().code != ErrorCode::NotFound) return preset.release_error();
    return resolve_blocks(std::move(config), preset ? &preset.value() : nullptr);
}

Result<GeneratedPaper> preview_paper(const PreviewRequest& request, const std::string& presets_dir) {
    const PaperConfig config = TRY(resolve_config(request.config, presets_dir));
    return generate_paper(config, request.seed ? *request.seed : random_seed());
}

Result<nlohmann::json> preview_json(const PreviewRequest& request, const std::string& presets_dir) {
    return to_json(TRY(preview_paper(request, presets_dir)));
}

Result<std::string> render_paper_pdf(const std::string& academy_name, const PaperConfig& config,
                                     const std::vector<GeneratedBlock>& blocks, AnswerKey answer_key) {
    const WorksheetHeader header{academy_name, decorated_title(config),
                                 config.level == "Custom" ? "" : config.level};
    return render_worksheet_pdf(header, blocks, answer_key);
}

Result<long long> save_paper(db::Database& database, NewPaper paper, const std::string& presets_dir,
                             long long by_user_id, Instant now) {
    const std::string title = TRY(check_saved_title(paper.title));
    // Stored with its blocks resolved and checked, so the paper prints the same forever.
    const PaperConfig config = TRY(resolve_config(std::move(paper.config), presets_dir));
    TRY(check_saved_texts(title, config));
    TRY(validate_config(config));
    const store::PaperRow row{
        title,
        paper.level,
        to_json(config).dump(),
        paper.seed ? std::optional<std::int64_t>(static_cast<std::int64_t>(*paper.seed)) : std::nullopt,
        format_utc(now),
        by_user_id};
    auto tx = TRY(database.begin());
    const long long id = TRY(store::insert_paper(tx.sql(), row));
    TRY(tx.commit());
    return id;
}

}  // namespace anzan::papers
