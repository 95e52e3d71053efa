#include "papers/json.hpp"

#include <strings.h>

#include "papers/generator/wire.hpp"
#include "platform/json_fields.hpp"
#include "platform/time.hpp"

namespace anzan::papers {
namespace {
using json = nlohmann::json;

constexpr const char* kAnswerKeyFields[] = {"answer_key", "withAnswers", "with_answers",
                                            "includeSeparateAnswerKey", "include_separate_answer_key"};

Result<std::optional<bool>> optional_bool(const json& body, const char* field) {
    return read_optional_bool(body, field, field);
}

Result<std::optional<std::uint64_t>> optional_seed(const json& body) {
    const auto it = body.find("seed");
    if (it == body.end() || it->is_null()) return std::optional<std::uint64_t>();
    return std::optional<std::uint64_t>(TRY(parse_seed(*it, "seed")));
}

// Where a PDF body carries already generated blocks, if anywhere: the legacy keys, or "blocks"
// holding {config, questions} items instead of block configs.
const json* generated_blocks_field(const json& body) {
    for (const char* key : {"generated_blocks", "generatedBlocks"})
        if (const auto it = body.find(key); it != body.end() && !it->is_null()) return &*it;
    const auto it = body.find("blocks");
    if (it != body.end() && it->is_array() && !it->empty() && (*it)[0].is_object() &&
        (*it)[0].contains("questions"))
        return &*it;
    return nullptr;
}

}  // namespace

Result<PreviewRequest> parse_preview_request(const json& body) {
    if (!body.is_object()) return Error::invalid("The body must be a JSON object");
    PreviewRequest request;
    request.config = TRY(parse_paper_config(body));
    request.seed = TRY(optional_seed(body));
    return request;
}

Result<PdfRequest> parse_pdf_request(const json& body) {
    if (!body.is_object()) return Error::invalid("The body must be a JSON object");
    const auto nested = body.find("config");
    // A reference, never a copy: the body may be up to 1 MiB.
    const json& config = nested != body.end() && nested->is_object() ? *nested : body;
    PdfRequest request;
    const json* generated = generated_blocks_field(body);
    // The printed blocks are the paper: the config only gives its title and level, and its block
    // list becomes the printed blocks' configs.
    if (generated) request.blocks = TRY(parse_generated_blocks(*generated)).blocks;
    request.config = TRY(parse_paper_config(config, generated ? ConfigBlocks::Ignore : ConfigBlocks::Read));
    if (request.blocks)
        for (const auto& block : *request.blocks) request.config.blocks.push_back(block.config);
    request.seed = TRY(optional_seed(body));
    for (const char* field : kAnswerKeyFields)
        if (TRY(optional_bool(body, field)).value_or(false)) request.answer_key = true;
    return request;
}

Result<NewPaper> parse_new_paper(const json& body) {
    if (!body.is_object()) return Error::invalid("The body must be a JSON object");
    const auto config = body.find("config");
    if (config == body.end() || !config->is_object())
        return Error::invalid("config must be a paper config object");
    NewPaper paper;
    paper.config = TRY(parse_paper_config(*config));
    paper.title = paper.config.title;
    if (const auto title = body.find("title"); title != body.end() && !title->is_null()) {
        if (!title->is_string()) return Error::invalid("title must be a string");
        paper.title = title->get<std::string>();
    }
    paper.level = paper.config.level;
    if (const auto level = body.find("level"); level != body.end() && !level->is_null()) {
        if (!level->is_string()) return Error::invalid("level must be a string");
        if (strcasecmp(level->get<std::string>().c_str(), paper.level.c_str()) != 0)
            return Error::invalid("level \"" + level->get<std::string>() +
                                  "\" does not match config.level \"" + paper.level + "\"");
    }
    paper.seed = TRY(optional_seed(body));
    return paper;
}

Result<bool> parse_answer_key(const json& body) {
    return TRY(optional_bool(body, "answer_key")).value_or(false);
}

json saved_paper_json(const SavedPaper& paper, ShowSeed show_seed) {
    json config = json::parse(paper.config_json, nullptr, /*allow_exceptions=*/false);
    if (config.is_discarded()) config = paper.config_json;
    return {{"id", paper.id},
            {"title", paper.title},
            {"level", paper.level},
            {"config", config},
            {"seed", paper.seed && show_seed == ShowSeed::Yes ? json(*paper.seed) : json()},
            {"created_at", storage_to_iso(paper.created_at)},
            {"created_by_user_id", paper.created_by_user_id ? json(*paper.created_by_user_id) : json()}};
}

}  // namespace anzan::papers
