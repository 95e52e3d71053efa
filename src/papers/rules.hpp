// Worksheet rules as pure functions: which blocks a config prints, what a PDF is called, limits
// on paging and on blocks sent back for printing. No I/O, no JSON, no clock; safe from any thread.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "papers/types.hpp"
#include "platform/result.hpp"

namespace anzan::papers {

// True when the config asks for its level's preset blocks (legacy §1.2): a level other than
// Custom and no blocks of its own.
bool wants_preset(const PaperConfig& config);

// `config` with `preset`'s blocks when it wants them (`preset` may be null: the level has none).
// BadRequest "At least one question block is required" when the final block list is empty.
Result<PaperConfig> resolve_blocks(PaperConfig config, const PaperConfig* preset);

// Checks blocks sent back for printing (what a preview returned): at least one question, at most
// kMaxBlocks blocks of at most kMaxQuestionsPerBlock questions, every question with a text and an
// answer of worksheet size, the whole within the paper's work budget (check_paper_size). Invalid
// naming the block otherwise.
Result<void> check_printed_blocks(const std::vector<GeneratedBlock>& blocks);

// A paper about to be saved prints forever: Invalid when its title, its config's title or a
// block title holds characters a PDF cannot show (controls, Unicode noncharacters).
Result<void> check_saved_texts(const std::string& title, const PaperConfig& config);

// A safe download file name for a worksheet title: letters, digits, '-', '_' and '.' kept, spaces
// become '_', everything else dropped; "worksheet" when nothing is left; ".pdf" appended, with
// "_answer_key" before it when the answers are included. At most 80 characters before the suffix.
std::string pdf_file_name(const std::string& title, bool with_answers);

// A saved paper's title: trimmed, 1..100 characters. Invalid otherwise.
Result<std::string> check_saved_title(const std::string& title);

// Paging for the saved-papers list: limit 1..200 (default 50), offset >= 0 (default 0). Invalid
// with the parameter's name otherwise.
Result<PageRequest> page_request(std::optional<long long> limit, std::optional<long long> offset);

}  // namespace anzan::papers
