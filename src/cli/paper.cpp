// `anzan paper --level AB-3 [--seed N] [--config file.json] [--json | --pdf out.pdf] [--answers]`:
// a worksheet without a server or database. --json prints exactly what POST /api/papers/preview
// answers for the same config and seed (both call papers::preview_json); --pdf writes the PDF the
// generate-pdf route would. Errors: one line, exit 2 for a bad or infeasible config, 3 for an
// unknown level or a missing file.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/common.hpp"
#include "papers/generator/generator.hpp"
#include "papers/generator/wire.hpp"
#include "papers/json.hpp"
#include "papers/service.hpp"

namespace anzan::cli {
namespace {
using json = nlohmann::json;

struct PaperFlags {
    std::string level, config_path, pdf_path, title = "Practice Paper", academy_name;
    std::optional<std::uint64_t> seed;
    bool as_json = false, answers = false;
};

Result<json> read_config_file(const std::string& path) {
    std::ifstream in(path);
    if (!in) return Error::not_found("cannot read the config file " + path);
    std::stringstream buffer;
    buffer << in.rdbuf();
    json body = json::parse(buffer.str(), nullptr, /*allow_exceptions=*/false);
    if (body.is_discarded() || !body.is_object()) return Error::invalid(path + " is not a JSON object");
    return body;
}

// The request body the flags describe: the config file (or a bare paper of --level and --title),
// with --level and --seed winning over the file.
Result<json> request_body(const PaperFlags& flags, const std::string& presets_dir) {
    json body =
        flags.config_path.empty() ? json{{"title", flags.title}} : TRY(read_config_file(flags.config_path));
    if (!flags.level.empty()) {
        body["level"] = flags.level;
        // An unknown level is a missing thing (exit 3), not a malformed config.
        if (!papers::parse_paper_config(json{{"title", "x"}, {"level", flags.level}}))
            return papers::preset_config(presets_dir, flags.level).error();
    }
    if (flags.seed) body["seed"] = *flags.seed;
    return body;
}

Result<void> write_pdf(const PaperFlags& flags, const json& body, const std::string& presets_dir) {
    const papers::PreviewRequest request = TRY(papers::parse_preview_request(body));
    const auto paper = TRY(papers::preview_paper(request, presets_dir));
    const auto config = TRY(papers::resolve_config(request.config, presets_dir));
    const std::string pdf =
        TRY(papers::render_paper_pdf(flags.academy_name, config, paper.blocks,
                                     flags.answers ? papers::AnswerKey::Yes : papers::AnswerKey::No));
    std::ofstream out(flags.pdf_path, std::ios::binary);
    out << pdf;
    if (!out.flush()) return Error::internal("cannot write " + flags.pdf_path);
    std::cerr << "wrote " << flags.pdf_path << " (seed " << paper.seed << ")\n";
    return {};
}

int run_paper(const PaperFlags& flags) {
    const std::string presets_dir = papers::find_presets_dir();
    auto body = request_body(flags, presets_dir);
    if (!body) return fail(body.error());
    if (!flags.pdf_path.empty()) {
        if (auto written = write_pdf(flags, *body, presets_dir); !written) return fail(written.error());
        return 0;
    }
    auto request = papers::parse_preview_request(*body);
    if (!request) return fail(request.error());
    auto preview = papers::preview_json(*request, presets_dir);
    if (!preview) return fail(preview.error());
    // The same serialisation as the HTTP layer's json_response.
    std::cout << preview->dump(-1, ' ', false, json::error_handler_t::replace) << '\n';
    return 0;
}

}  // namespace

Command add_paper(CLI::App& app) {
    auto* command =
        app.add_subcommand("paper", "Generate a worksheet: preview JSON or a PDF (no database needed)");
    auto flags = std::make_shared<PaperFlags>();
    command->add_option("--level", flags->level,
                        "Level, e.g. AB-3 (its preset blocks when the config has none)");
    command->add_option("--config", flags->config_path, "A PaperConfig JSON file {title, level, blocks}");
    command->add_option("--title", flags->title,
                        "Title when no config file is given (default: Practice Paper)");
    command->add_option("--seed", flags->seed, "Seed (0 .. 2^53-1; default: a fresh random one)")
        ->check(CLI::Range(std::uint64_t{0}, papers::kMaxWireSeed));
    auto* as_json = command->add_flag("--json", flags->as_json, "Print the preview JSON (the default)");
    command->add_option("--pdf", flags->pdf_path, "Write the worksheet PDF to this file")->excludes(as_json);
    command->add_flag("--answers", flags->answers, "With --pdf: add the answer key pages");
    command->add_option("--academy-name", flags->academy_name, "Academy name printed in the PDF header");
    return {command, [flags] { return run_paper(*flags); }};
}

}  // namespace anzan::cli
