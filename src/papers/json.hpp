// Request bodies and response shapes of the worksheets routes, with the legacy field names
// (shared/spec/legacy/papers.md §1.1, §5.1). Parsing never throws: a wrong shape is Invalid (422)
// with the field path. Paper configs and generated blocks use the generator's wire format
// (papers/generator/wire.hpp).
#pragma once
#include <nlohmann/json.hpp>

#include "papers/types.hpp"
#include "platform/result.hpp"

namespace anzan::papers {

// A PaperConfig body with an optional "seed".
Result<PreviewRequest> parse_preview_request(const nlohmann::json& body);

// A PDF body: the PaperConfig fields at the top level (or, legacy, under "config"), plus "seed",
// and optionally the blocks a preview returned, as "generated_blocks" / "generatedBlocks" or as
// "blocks" whose items are {config, questions}. "answer_key" (or the legacy "withAnswers",
// "with_answers", "includeSeparateAnswerKey", "include_separate_answer_key") asks for the key.
Result<PdfRequest> parse_pdf_request(const nlohmann::json& body);

// A save body: {title?, level?, config, seed?}. title defaults to config.title; level, when given,
// must name config's level (case-insensitively).
Result<NewPaper> parse_new_paper(const nlohmann::json& body);

// {"answer_key": bool} of a download body (absent: false).
Result<bool> parse_answer_key(const nlohmann::json& body);

// {id, title, level, config, seed, created_at (ISO, UTC), created_by_user_id}. config is the
// stored JSON (a string when a legacy row holds text that is not JSON).
// `with_seed`: the seed decides the questions and so the answers; only staff see it (a student
// could otherwise print the answer key through generate-pdf). Students get "seed": null.
enum class ShowSeed { No, Yes };
nlohmann::json saved_paper_json(const SavedPaper& paper, ShowSeed show_seed);

}  // namespace anzan::papers
