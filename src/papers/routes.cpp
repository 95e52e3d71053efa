// The paper routes: presets, previews, worksheet PDFs and saved papers. Generation and rendering
// are CPU work: they run on the heavy pool (Exec::Heavy), the rest on the worker pool.
#include "papers/routes.hpp"

#include <spdlog/spdlog.h>

#include "papers/catalogue_json.hpp"
#include "papers/generator/generator.hpp"
#include "papers/generator/presets.hpp"
#include "papers/generator/wire.hpp"
#include "papers/json.hpp"
#include "papers/rules.hpp"
#include "papers/schemas.hpp"
#include "papers/service.hpp"
#include "papers/store.hpp"
#include "platform/http/json_response.hpp"
#include "platform/http/params.hpp"

namespace anzan::papers {
namespace {
using http::Access;
using http::Context;
using http::Exec;
using http::Legacy;
using http::Method;
using http::Request;
using http::Response;
using http::array_of;
using http::ref;
using json = nlohmann::json;

Result<Response> get_question_types(const Request&, Context&);
Result<Response> get_preset_levels(const Request&, Context&, const std::string& presets_dir);
Result<Response> get_preset(const Request&, Context&, const std::string& presets_dir);
Result<Response> post_preview(const Request&, Context&, const std::string& presets_dir);
Result<Response> post_generate_pdf(const Request&, Context&, const std::string& presets_dir);
Result<Response> post_paper(const Request&, Context&, const std::string& presets_dir);
Result<Response> get_papers(const Request&, Context&);
Result<Response> get_paper(const Request&, Context&);
Result<Response> post_download(const Request&, Context&, const std::string& presets_dir);
Result<Response> delete_paper(const Request&, Context&);

}  // namespace

void add_routes(http::Router& router, const std::string& presets_dir) {
    if (presets_dir.empty())
        spdlog::warn("presets/ not found: level presets are unavailable (set ANZAN_PRESETS_DIR)");
    add_schemas(router);
    // Each handler that needs the presets gets its own copy of the path.
    auto with_presets = [presets_dir](auto handler) {
        return [presets_dir, handler](const Request& r, Context& c) { return handler(r, c, presets_dir); };
    };
    const auto legacy = Legacy::AlsoWithoutApi;
    const std::string pdf = "application/pdf";
    router.add_all("papers", {
        {.method = Method::Get, .path = "/api/question-types", .access = Access::Public,
         .summary = "The question types a block can have: label, orientation, constraints with ranges and defaults",
         .handler = get_question_types, .response = ref("QuestionTypes"), .exec = Exec::Inline},
        {.method = Method::Get, .path = "/api/presets", .access = Access::Authenticated,
         .summary = "Levels that have a preset paper", .handler = with_presets(get_preset_levels),
         .response = R"({"type":"array","items":{"type":"string"}})", .legacy = legacy},
        {.method = Method::Get, .path = "/api/presets/{level}", .access = Access::Authenticated,
         .summary = "A level's preset paper config (404 names the levels that have one)",
         .handler = with_presets(get_preset), .response = ref("PaperConfig"), .legacy = legacy},
        {.method = Method::Post, .path = "/api/papers/preview", .access = Access::Authenticated,
         .summary = "Generate a paper: {blocks, seed}; the same config and seed give the same questions",
         .handler = with_presets(post_preview), .request = ref("PreviewRequest"), .response = ref("Preview"),
         .legacy = legacy, .exec = Exec::Heavy},
        {.method = Method::Post, .path = "/api/papers/generate-pdf", .access = Access::Authenticated,
         .summary = "Worksheet PDF from a config and seed, or from the blocks a preview returned",
         .handler = with_presets(post_generate_pdf), .request = ref("PdfRequest"), .media = pdf, .legacy = legacy,
         .exec = Exec::Heavy},
        {.method = Method::Post, .path = "/api/papers", .access = Access::Teacher,
         .summary = "Save a paper {title, level, config, seed?}", .handler = with_presets(post_paper),
         .request = ref("NewPaper"), .response = ref("SavedPaper"), .status = 201, .legacy = legacy,
         .exec = Exec::Heavy},
        {.method = Method::Get, .path = "/api/papers", .access = Access::Authenticated,
         .summary = "Saved papers, newest first (?limit=, ?offset=)", .handler = get_papers,
         .response = array_of(ref("SavedPaper")), .legacy = legacy},
        {.method = Method::Get, .path = "/api/papers/{id}", .access = Access::Authenticated,
         .summary = "One saved paper", .handler = get_paper, .response = ref("SavedPaper"), .legacy = legacy},
        {.method = Method::Post, .path = "/api/papers/{id}/download", .access = Access::Authenticated,
         .summary = "PDF of a saved paper ({answer_key}); its seed is fixed on the first download",
         .handler = with_presets(post_download), .request = ref("AnswerKeyRequest"), .media = pdf,
         .legacy = legacy, .exec = Exec::Heavy},
        {.method = Method::Delete, .path = "/api/papers/{id}", .access = Access::Teacher,
         .summary = "Delete a saved paper", .handler = delete_paper, .response = ref("Message"), .legacy = legacy},
    });
    add_attempt_routes(router, presets_dir);
}

namespace {

// `seed`: where the questions came from (none when the client sent the questions themselves).
Response pdf_response(std::string bytes, const std::string& title, AnswerKey answer_key,
                      std::optional<std::uint64_t> seed) {
    Response response;
    response.body = std::move(bytes);
    response.content_type = "application/pdf";
    response.set_header("Content-Disposition", "attachment; filename=\"" +
                                                   pdf_file_name(title, answer_key == AnswerKey::Yes) + "\"");
    if (seed) response.set_header("X-Paper-Seed", std::to_string(*seed));
    return response;
}

AnswerKey answer_key_of(bool wanted) { return wanted ? AnswerKey::Yes : AnswerKey::No; }

bool is_staff(const Context& ctx) { return ctx.user().role != Role::Student; }
ShowSeed seed_for(const Context& ctx) { return is_staff(ctx) ? ShowSeed::Yes : ShowSeed::No; }

Result<SavedPaper> load_saved(Context& ctx, long long paper_id) {
    auto session = ctx.db().session();
    auto paper = TRY(store::find_paper(session.sql(), paper_id));
    if (!paper) return Error::not_found("Paper not found");
    return std::move(*paper);
}

// Built once: the catalogue is constant.
Result<Response> get_question_types(const Request&, Context&) {
    static const std::string kBody = question_types_json().dump();
    Response response;
    response.body = kBody;
    return response;
}

Result<Response> get_preset_levels(const Request&, Context&, const std::string& presets_dir) {
    return http::json_response(preset_levels(presets_dir));
}

Result<Response> get_preset(const Request& req, Context&, const std::string& presets_dir) {
    const auto it = req.path_params.find("level");
    const std::string level = it == req.path_params.end() ? "" : it->second;
    return http::json_response(to_json(TRY(preset_config(presets_dir, level))));
}

Result<Response> post_preview(const Request& req, Context&, const std::string& presets_dir) {
    const PreviewRequest request = TRY(parse_preview_request(TRY(http::parse_json_object(req))));
    return http::json_response(TRY(preview_json(request, presets_dir)));
}

Result<Response> post_generate_pdf(const Request& req, Context& ctx, const std::string& presets_dir) {
    PdfRequest request = TRY(parse_pdf_request(TRY(http::parse_json_object(req))));
    std::optional<std::uint64_t> seed;
    std::vector<GeneratedBlock> blocks;
    if (request.blocks) {
        TRY(check_printed_blocks(*request.blocks));
        blocks = std::move(*request.blocks);
    } else {
        request.config = TRY(resolve_config(std::move(request.config), presets_dir));
        seed = request.seed ? *request.seed : random_seed();
        blocks = TRY(generate_paper(request.config, *seed)).blocks;
    }
    const AnswerKey key = answer_key_of(request.answer_key);
    std::string pdf = TRY(render_paper_pdf(ctx.config().academy_name, request.config, blocks, key));
    return pdf_response(std::move(pdf), decorated_title(request.config), key, seed);
}

Result<Response> post_paper(const Request& req, Context& ctx, const std::string& presets_dir) {
    NewPaper paper = TRY(parse_new_paper(TRY(http::parse_json_object(req))));
    const long long id = TRY(save_paper(ctx.db(), std::move(paper), presets_dir, ctx.user().id, ctx.now_utc()));
    return http::json_response(saved_paper_json(TRY(load_saved(ctx, id)), ShowSeed::Yes), 201);
}

Result<Response> get_papers(const Request& req, Context& ctx) {
    const PageRequest page =
        TRY(page_request(TRY(http::query_integer(req, "limit")), TRY(http::query_integer(req, "offset"))));
    auto session = ctx.db().session();
    json rows = json::array();
    for (const auto& paper : TRY(store::list_papers(session.sql(), page)))
        rows.push_back(saved_paper_json(paper, seed_for(ctx)));
    return http::json_response(rows);
}

Result<Response> get_paper(const Request& req, Context& ctx) {
    return http::json_response(saved_paper_json(TRY(load_saved(ctx, TRY(http::path_id(req, "id")))), seed_for(ctx)));
}

Result<Response> post_download(const Request& req, Context& ctx, const std::string& presets_dir) {
    const long long id = TRY(http::path_id(req, "id"));
    const AnswerKey key =
        answer_key_of(TRY(parse_answer_key(TRY(http::parse_json_object(req, /*empty_ok=*/true)))));
    // A saved paper is a test the teacher sets: its answers are for staff.
    if (key == AnswerKey::Yes && !is_staff(ctx))
        return Error::forbidden("Only teachers and admins can print the answer key of a saved paper");
    const SavedPaper saved = TRY(load_saved(ctx, id));
    const json stored = json::parse(saved.config_json, nullptr, /*allow_exceptions=*/false);
    auto parsed = parse_paper_config(stored.is_discarded() ? json() : stored);
    if (!parsed) return Error::invalid("This saved paper cannot be printed: " + parsed.error().detail);
    const PaperConfig config = TRY(resolve_config(parsed.release_value(), presets_dir));
    std::int64_t seed = saved.seed.value_or(0);
    if (!saved.seed) {
        // First download of a paper saved without a seed: fix one, so every later download matches.
        auto tx = TRY(ctx.db().begin());
        seed = TRY(store::set_seed_if_missing(tx.sql(), id, static_cast<std::int64_t>(random_seed())));
        TRY(tx.commit());
    }
    const auto paper = TRY(generate_paper(config, static_cast<std::uint64_t>(seed)));
    std::string pdf = TRY(render_paper_pdf(ctx.config().academy_name, config, paper.blocks, key));
    if (!is_staff(ctx)) return pdf_response(std::move(pdf), saved.title, key, std::nullopt);
    return pdf_response(std::move(pdf), saved.title, key, static_cast<std::uint64_t>(seed));
}

Result<Response> delete_paper(const Request& req, Context& ctx) {
    const long long id = TRY(http::path_id(req, "id"));
    auto tx = TRY(ctx.db().begin());
    if (!TRY(store::delete_paper(tx.sql(), id))) return Error::not_found("Paper not found");
    TRY(tx.commit());
    return http::json_response({{"message", "Paper deleted"}});
}

}  // namespace
}  // namespace anzan::papers
