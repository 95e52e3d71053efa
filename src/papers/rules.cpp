#include "papers/rules.hpp"

#include <cctype>

#include "papers/generator/generator.hpp"
#include "platform/text.hpp"

namespace anzan::papers {
namespace {

constexpr std::size_t kMaxFileStem = 80;
// Generous bounds on a question sent back for printing: 30 rows of 20 digits fit easily.
constexpr std::size_t kMaxQuestionTextBytes = 2000;
constexpr std::size_t kMaxAnswerBytes = 100;
constexpr std::size_t kMaxPrintedOperands = 50;
constexpr std::size_t kMaxSavedTitle = 100;
constexpr long long kDefaultPageSize = 50;
constexpr long long kMaxPageSize = 200;

std::string block_name(const GeneratedBlock& block, std::size_t index) {
    const std::string& title = block.config.title ? *block.config.title : block.config.type;
    return "Block " + std::to_string(index + 1) + (title.empty() ? "" : " (\"" + title + "\")");
}

std::size_t utf8_length(const std::string& text) {
    std::size_t count = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
    return count;
}

}  // namespace

bool wants_preset(const PaperConfig& config) { return config.level != "Custom" && config.blocks.empty(); }

Result<PaperConfig> resolve_blocks(PaperConfig config, const PaperConfig* preset) {
    if (wants_preset(config) && preset) config.blocks = preset->blocks;
    if (config.blocks.empty()) return Error::bad_request("At least one question block is required");
    return config;
}

Result<void> check_printed_blocks(const std::vector<GeneratedBlock>& blocks) {
    if (blocks.size() > static_cast<std::size_t>(kMaxBlocks))
        return Error::invalid("A worksheet has at most " + std::to_string(kMaxBlocks) + " blocks");
    std::size_t questions = 0;
    for (std::size_t index = 0; index < blocks.size(); ++index) {
        const auto& block = blocks[index];
        if (block.questions.size() > static_cast<std::size_t>(kMaxQuestionsPerBlock))
            return Error::invalid(block_name(block, index) + ": at most " +
                                  std::to_string(kMaxQuestionsPerBlock) + " questions per block");
        for (const auto& question : block.questions) {
            const std::string where = block_name(block, index) + ": question " + std::to_string(question.id);
            if (question.text.empty() || question.answer.empty()) return Error::invalid(where + " needs a text and an answer");
            if (question.text.size() > kMaxQuestionTextBytes || question.answer.size() > kMaxAnswerBytes ||
                question.operands.size() > kMaxPrintedOperands)
                return Error::invalid(where + " is longer than any worksheet question");
        }
        questions += block.questions.size();
    }
    if (questions == 0) return Error::invalid("The worksheet has no questions to print");
    return check_paper_size(blocks);
}

Result<void> check_saved_texts(const std::string& title, const PaperConfig& config) {
    const Error unprintable = Error::invalid(
        "The title holds characters that cannot be printed (control characters or Unicode noncharacters)");
    if (!is_printable_text(title) || !is_printable_text(config.title)) return unprintable;
    for (std::size_t index = 0; index < config.blocks.size(); ++index) {
        const auto& block_title = config.blocks[index].title;
        if (block_title && !is_printable_text(*block_title))
            return Error::invalid("Block " + std::to_string(index + 1) +
                                  ": the title holds characters that cannot be printed");
    }
    return {};
}

std::string pdf_file_name(const std::string& title, bool with_answers) {
    std::string stem;
    for (const char c : title) {
        if (stem.size() >= kMaxFileStem) break;
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80 && (std::isalnum(byte) || c == '-' || c == '_' || c == '.'))
            stem += c;
        else if (c == ' ')
            stem += '_';
    }
    // No leading dots: the name must not become a hidden or relative file.
    while (!stem.empty() && stem.front() == '.') stem.erase(stem.begin());
    if (stem.empty()) stem = "worksheet";
    return stem + (with_answers ? "_answer_key" : "") + ".pdf";
}

Result<std::string> check_saved_title(const std::string& title) {
    const auto first = title.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return Error::invalid("title must not be empty");
    const auto last = title.find_last_not_of(" \t\r\n");
    std::string trimmed = title.substr(first, last - first + 1);
    if (utf8_length(trimmed) > kMaxSavedTitle)
        return Error::invalid("title must be at most " + std::to_string(kMaxSavedTitle) + " characters");
    return trimmed;
}

Result<PageRequest> page_request(std::optional<long long> limit, std::optional<long long> offset) {
    PageRequest page{kDefaultPageSize, 0};
    if (limit) {
        if (*limit < 1 || *limit > kMaxPageSize)
            return Error::invalid("limit must be between 1 and " + std::to_string(kMaxPageSize));
        page.limit = *limit;
    }
    if (offset) {
        if (*offset < 0) return Error::invalid("offset must not be negative");
        page.offset = *offset;
    }
    return page;
}

}  // namespace anzan::papers
