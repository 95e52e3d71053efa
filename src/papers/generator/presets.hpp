// Level presets as data: one JSON file per level in a presets directory (presets/ in the repo),
// editable without recompiling. File format (docs/generator.md): {"level": "AB-3", "title":
// "Basic Level 3", "blocks": [BlockConfig...]}, the blocks in the wire shape of wire.hpp.
// Reads files on every call (no cache); safe from any thread.
#pragma once
#include <string>
#include <vector>

#include "papers/generator/types.hpp"
#include "platform/result.hpp"

namespace anzan::papers {

// The preset paper for `level`, matched case-insensitively ("AB-3" and "ab-3" both load
// ab-3.json). NotFound for an unknown level (or one that is not a plain name); Internal when the
// file exists but is not a valid paper config.
Result<PaperConfig> load_preset(const std::string& presets_dir, const std::string& level);

// Levels with a preset file, in teaching order: Junior, AB-1..AB-10, Advanced, then any others
// alphabetically. Files that cannot be read are skipped.
std::vector<std::string> preset_levels(const std::string& presets_dir);

}  // namespace anzan::papers
