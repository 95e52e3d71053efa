// JSON wire shapes of papers, with the legacy field names (shared/spec/legacy/papers.md §1.1,
// §4): PaperConfig in, PreviewResponse out, and the PreviewResponse read back so a PDF request
// can print exactly what a preview returned. Parsing never throws: a wrong shape is Invalid with
// the field path ("blocks[2].constraints.digits must be an integer"); unknown fields are ignored.
// Semantic checks (ranges, feasibility) are validate_config's job, not the parser's.
//
// Numbers on the wire:
//   seed       a non-negative integer below 2^53 (exact in JavaScript);
//   operands   integers when |value| < 2^53, else decimal strings (e.g. 20-digit dividends);
//   answer     a JSON number (integer when integral, else the nearest double of the exact value)
//              plus "answer_text", the exact decimal string; readers should prefer answer_text.
#pragma once
#include <cstdint>

#include <nlohmann/json_fwd.hpp>

#include "papers/generator/types.hpp"
#include "platform/result.hpp"

namespace anzan::papers {

constexpr std::uint64_t kMaxWireSeed = (std::uint64_t{1} << 53) - 1;

// A PaperConfig body: title (1..25 characters, required), level (default "Custom"; matched
// case-insensitively against Custom, Junior, AB-1..AB-10, Advanced, Vedic-Level-1..4 and stored
// in that spelling), blocks (default empty). Invalid with the field path on a wrong shape.
// With ConfigBlocks::Ignore the "blocks" field is not read (a PDF request that carries its
// printed blocks elsewhere).
enum class ConfigBlocks { Read, Ignore };
Result<PaperConfig> parse_paper_config(const nlohmann::json& body, ConfigBlocks blocks = ConfigBlocks::Read);
// One BlockConfig; `path` prefixes error messages ("blocks[2]").
Result<BlockConfig> parse_block_config(const nlohmann::json& block, const std::string& path);
// A seed field: Invalid unless an integer in [0, kMaxWireSeed].
Result<std::uint64_t> parse_seed(const nlohmann::json& seed, const std::string& path);

// {"title","level","blocks":[...]}; every constraint key present, null when absent.
nlohmann::json to_json(const PaperConfig& config);
nlohmann::json to_json(const BlockConfig& block);
// The legacy PreviewResponse: {"blocks":[{"config":{...},"questions":[...]}],"seed":N}.
nlohmann::json to_json(const GeneratedPaper& paper);

// Reads what to_json(GeneratedPaper) wrote: the whole object, or just its "blocks" array (seed
// then 0). Questions keep their ids, text, operands and exact answers.
Result<GeneratedPaper> parse_generated_blocks(const nlohmann::json& preview);

}  // namespace anzan::papers
