// Plain data of the worksheets ("papers") area above the generator: saved papers as stored in the
// `papers` table, and the parsed bodies of the preview, PDF and save requests. The question model
// itself (PaperConfig, GeneratedBlock, ...) lives in papers/generator/types.hpp.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "papers/generator/types.hpp"

namespace anzan::papers {

// One row of `papers`. `config_json` is the stored text as is (legacy rows may hold configs this
// generator cannot read; they are still listed). `seed` is NULL until the first download of a
// paper saved without one. Times are storage text ("YYYY-MM-DD HH:MM:SS", UTC).
struct SavedPaper {
    long long id = 0;
    std::string title;
    std::string level;
    std::string config_json;
    std::optional<std::int64_t> seed;
    std::string created_at;
    std::optional<long long> created_by_user_id;
};

// A paper to save: the config is stored with its blocks already resolved (preset blocks put in),
// so later preset edits never change a saved paper.
struct NewPaper {
    std::string title;
    std::string level;
    PaperConfig config;
    std::optional<std::uint64_t> seed;
};

// POST /api/papers/preview: a PaperConfig plus an optional seed.
struct PreviewRequest {
    PaperConfig config;
    std::optional<std::uint64_t> seed;
};

// POST /api/papers/generate-pdf: the config (for title and level), and either a seed to generate
// from or the blocks a preview returned, printed exactly as given.
struct PdfRequest {
    PaperConfig config;
    std::optional<std::uint64_t> seed;
    std::optional<std::vector<GeneratedBlock>> blocks;
    bool answer_key = false;
};

// One page of the saved-papers list.
struct PageRequest {
    long long limit = 50;
    long long offset = 0;
};

}  // namespace anzan::papers
