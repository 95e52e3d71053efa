// The heading printed above each block of questions (and above its answers in the key).
#pragma once
#include <string>

#include "papers/generator/types.hpp"
#include "papers/pdf/layout.hpp"

namespace anzan::papers::pdf {

// The block's own title when it has one that is not blank; else a readable name of its type
// ("add_sub" → "Addition & Subtraction", unknown "vedic_fun_with_5" → "Fun with 5").
std::string block_heading(const BlockConfig& config);

enum class TitleStyle { Section, Compact };

// A band drawing `heading` (one line, ellipsized) that keeps with the band after it. Compact is
// for the answer key.
Band block_title_band(std::string heading, TitleStyle style = TitleStyle::Section);

}  // namespace anzan::papers::pdf
