#include "papers/generator/wire.hpp"

#include <charconv>
#include <cstdint>
#include <limits>

#include <nlohmann/json.hpp>

#include "platform/json_fields.hpp"

namespace anzan::papers {
namespace {

using nlohmann::json;

constexpr long long kJsSafe = (1LL << 53) - 1;
constexpr std::size_t kMaxTitleCharacters = 25;
constexpr std::size_t kMaxBlockTitleCharacters = 100;

constexpr std::string_view kLevels[] = {
    "Custom", "Junior", "AB-1", "AB-2", "AB-3", "AB-4", "AB-5", "AB-6", "AB-7", "AB-8",
    "AB-9", "AB-10", "Advanced", "Vedic-Level-1", "Vedic-Level-2", "Vedic-Level-3", "Vedic-Level-4"};

// Legacy constraint keys this generator does not read (Vedic types); echoed as null so the
// PreviewResponse keeps the legacy shape.
constexpr std::string_view kLegacyOnlyKeys[] = {
    "base", "firstDigits", "secondDigits", "multiplier", "multiplierRange", "divisor", "tableNumber",
    "tableNumberLarge", "powerOf10", "multiplicationCase", "fractionCase", "divisorCheck", "funWith5Case",
    "funWith10Case", "divisibilityCase", "division9_8_7_6Case", "division91_121Case", "bodmasDifficulty",
    "cubeRootDigits"};

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    return true;
}

std::size_t utf8_length(const std::string& text) {
    std::size_t count = 0;
    for (unsigned char c : text) count += (c & 0xC0) != 0x80;
    return count;
}

// The field readers of platform/json_fields.hpp, naming fields by their path in the config.
const json* field(const json& object, const char* key) { return field_value(object, key); }

Result<std::optional<long long>> optional_integer(const json& object, const char* key, const std::string& path,
                                                  long long lo, long long hi) {
    return read_optional_integer(object, key, field_path(path, key), lo, hi);
}

Result<std::optional<int>> optional_int(const json& object, const char* key, const std::string& path) {
    const auto value = TRY(optional_integer(object, key, path, INT32_MIN, INT32_MAX));
    if (!value) return std::optional<int>{};
    return std::optional<int>{static_cast<int>(*value)};
}

Result<std::optional<bool>> optional_bool(const json& object, const char* key, const std::string& path) {
    return read_optional_bool(object, key, field_path(path, key));
}

Result<std::optional<std::string>> optional_string(const json& object, const char* key, const std::string& path) {
    return read_optional_string(object, key, field_path(path, key));
}

// One constraint, read as its Constraints member's type allows: the wire's bounds are the
// member's; the ranges of the catalogue are validate_config's to check.
Result<std::optional<int>> read_constraint(const json& object, const char* key, const std::string& path,
                                           const std::optional<int>&) {
    return optional_int(object, key, path);
}
Result<std::optional<long long>> read_constraint(const json& object, const char* key, const std::string& path,
                                                 const std::optional<long long>&) {
    return optional_integer(object, key, path, INT64_MIN, INT64_MAX);
}
Result<std::optional<bool>> read_constraint(const json& object, const char* key, const std::string& path,
                                            const std::optional<bool>&) {
    return optional_bool(object, key, path);
}

// Every field of constraint_fields.def, in its order: the first bad one is the one reported.
Result<Constraints> parse_constraints(const json& object, const std::string& path) {
    if (!object.is_object()) return Error::invalid(path + " must be an object");
    Constraints c;
#define ANZAN_CONSTRAINT_FIELD(id, member, wire_name, ...) \
    c.member = TRY(read_constraint(object, wire_name, path, c.member));
#include "papers/generator/constraint_fields.def"
#undef ANZAN_CONSTRAINT_FIELD
    return c;
}

template <typename T>
json or_null(const std::optional<T>& value) {
    return value ? json(*value) : json(nullptr);
}

// Every field of constraint_fields.def, null when absent (JSON objects keep keys sorted, so the
// table's order does not show).
json constraints_json(const Constraints& c) {
    json out = json::object();
#define ANZAN_CONSTRAINT_FIELD(id, member, wire_name, ...) out[wire_name] = or_null(c.member);
#include "papers/generator/constraint_fields.def"
#undef ANZAN_CONSTRAINT_FIELD
    for (auto key : kLegacyOnlyKeys) out[std::string(key)] = nullptr;
    return out;
}

// An integer text as a JSON integer when JavaScript can hold it exactly, else as a string.
json integer_or_string(const std::string& text) {
    long long value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size() && value <= kJsSafe && value >= -kJsSafe)
        return value;
    return text;
}

json answer_number(const std::string& text) {
    if (text.find('.') == std::string::npos) {
        long long value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error == std::errc() && end == text.data() + text.size()) return value;
    }
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

bool is_decimal_text(const std::string& text) {
    std::size_t i = text.size() > 1 && text[0] == '-' ? 1 : 0;
    const std::size_t digits_start = i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    if (i == digits_start) return false;
    if (i == text.size()) return true;
    if (text[i] != '.') return false;
    const std::size_t fraction_start = ++i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
    return i == text.size() && i > fraction_start;
}

// Built member by member with moves: initializer lists copy every nested value, which made this
// the costliest step of a preview (~0.9 ms for 100 questions).
json question_json(const Question& q) {
    json operands = json::array();
    operands.get_ref<json::array_t&>().reserve(q.operands.size());
    for (std::size_t i = 0; i < q.operands.size(); ++i)
        operands.push_back(i < q.operand_texts.size() ? integer_or_string(q.operand_texts[i]) : json(q.operands[i]));
    json out = json::object();
    out["id"] = q.id;
    out["text"] = q.text;
    out["operands"] = std::move(operands);
    out["operator"] = q.op;
    out["operators"] = q.operators.empty() ? json(nullptr) : json(q.operators);
    out["answer"] = answer_number(q.answer);
    out["answer_text"] = q.answer;
    out["isVertical"] = q.is_vertical;
    return out;
}

Result<Question> parse_question(const json& object, const std::string& path) {
    if (!object.is_object()) return Error::invalid(path + " must be an object");
    Question q;
    const auto id = TRY(optional_integer(object, "id", path, 1, INT32_MAX));
    if (!id) return Error::invalid(path + ".id is required");
    q.id = static_cast<int>(*id);
    q.text = TRY(optional_string(object, "text", path)).value_or("");
    q.op = TRY(optional_string(object, "operator", path)).value_or("");
    if (const json* operands = field(object, "operands")) {
        if (!operands->is_array()) return Error::invalid(path + ".operands must be an array");
        for (std::size_t i = 0; i < operands->size(); ++i) {
            const json& item = (*operands)[i];
            std::string text;
            if (item.is_number_integer()) text = item.dump();
            else if (item.is_string()) text = item.get<std::string>();
            if (text.empty() || !is_decimal_text(text) || text.find('.') != std::string::npos)
                return Error::invalid(path + ".operands[" + std::to_string(i) + "] must be an integer");
            long long value = 0;
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
            q.operands.push_back(error == std::errc() && end == text.data() + text.size() ? value : 0);
            q.operand_texts.push_back(text);
        }
    }
    if (const json* operators = field(object, "operators")) {
        if (!operators->is_array()) return Error::invalid(path + ".operators must be an array or null");
        for (const json& item : *operators) {
            if (!item.is_string()) return Error::invalid(path + ".operators must hold strings");
            q.operators.push_back(item.get<std::string>());
        }
    }
    if (auto text = TRY(optional_string(object, "answer_text", path))) {
        q.answer = *text;
    } else if (const json* answer = field(object, "answer"); answer && answer->is_number()) {
        q.answer = answer->dump();  // legacy readers: 208.0 stays "208.0", still a decimal text
    } else {
        return Error::invalid(path + ".answer_text or " + path + ".answer is required");
    }
    if (!is_decimal_text(q.answer)) return Error::invalid(path + ".answer_text must be a decimal number");
    q.is_vertical = TRY(optional_bool(object, "isVertical", path)).value_or(false);
    return q;
}

}  // namespace

Result<std::uint64_t> parse_seed(const json& seed, const std::string& path) {
    if (seed.is_number_unsigned() || (seed.is_number_integer() && seed.get<long long>() >= 0)) {
        const auto value = seed.get<std::uint64_t>();
        if (value <= kMaxWireSeed) return value;
    }
    return Error::invalid(path + " must be an integer from 0 to 9007199254740991");
}

Result<BlockConfig> parse_block_config(const json& object, const std::string& path) {
    if (!object.is_object()) return Error::invalid(path + " must be an object");
    BlockConfig block;
    const auto id = TRY(optional_string(object, "id", path));
    if (!id) return Error::invalid(path + ".id is required");
    block.id = *id;
    const auto type = TRY(optional_string(object, "type", path));
    if (!type) return Error::invalid(path + ".type is required");
    block.type = *type;
    const auto count = TRY(optional_int(object, "count", path));
    block.count = count.value_or(10);
    if (const json* constraints = field(object, "constraints"))
        block.constraints = TRY(parse_constraints(*constraints, path + ".constraints"));
    block.title = TRY(optional_string(object, "title", path));
    if (block.title && utf8_length(*block.title) > kMaxBlockTitleCharacters)
        return Error::invalid(path + ".title must be at most " + std::to_string(kMaxBlockTitleCharacters) +
                              " characters");
    return block;
}

Result<PaperConfig> parse_paper_config(const json& body, ConfigBlocks read_blocks) {
    try {
        if (!body.is_object()) return Error::invalid("the paper config must be a JSON object");
        PaperConfig config;
        const auto title = TRY(optional_string(body, "title", ""));
        if (!title) return Error::invalid("title is required");
        const std::size_t length = utf8_length(*title);
        if (length < 1 || length > kMaxTitleCharacters) return Error::invalid("title must be 1 to 25 characters");
        config.title = *title;
        const auto level = TRY(optional_string(body, "level", ""));
        config.level = "Custom";
        if (level) {
            bool known = false;
            for (auto name : kLevels)
                if (iequals(name, *level)) {
                    config.level = std::string(name);
                    known = true;
                }
            if (!known) return Error::invalid("level \"" + *level + "\" is not a known level");
        }
        const json* blocks = read_blocks == ConfigBlocks::Read ? field(body, "blocks") : nullptr;
        if (blocks) {
            if (!blocks->is_array()) return Error::invalid("blocks must be an array");
            for (std::size_t i = 0; i < blocks->size(); ++i)
                config.blocks.push_back(TRY(parse_block_config((*blocks)[i], "blocks[" + std::to_string(i) + "]")));
        }
        return config;
    } catch (const json::exception&) {
        return Error::invalid("the paper config is not in the expected shape");  // unreachable by design
    }
}

json to_json(const BlockConfig& block) {
    return {{"id", block.id},
            {"type", block.type},
            {"count", block.count},
            {"constraints", constraints_json(block.constraints)},
            {"title", or_null(block.title)}};
}

json to_json(const PaperConfig& config) {
    json blocks = json::array();
    for (const auto& block : config.blocks) blocks.push_back(to_json(block));
    return {{"title", config.title}, {"level", config.level}, {"blocks", blocks}};
}

json to_json(const GeneratedPaper& paper) {
    json blocks = json::array();
    for (const auto& block : paper.blocks) {
        json questions = json::array();
        questions.get_ref<json::array_t&>().reserve(block.questions.size());
        for (const auto& q : block.questions) questions.push_back(question_json(q));
        json item = json::object();
        item["config"] = to_json(block.config);
        item["questions"] = std::move(questions);
        blocks.push_back(std::move(item));
    }
    json out = json::object();
    out["blocks"] = std::move(blocks);
    out["seed"] = paper.seed;
    return out;
}

Result<GeneratedPaper> parse_generated_blocks(const json& preview) {
    try {
        GeneratedPaper paper;
        const json* blocks = &preview;
        if (preview.is_object()) {
            blocks = field(preview, "blocks");
            if (!blocks) return Error::invalid("blocks is required");
            if (const json* seed = field(preview, "seed")) paper.seed = TRY(parse_seed(*seed, "seed"));
        }
        if (!blocks->is_array()) return Error::invalid("blocks must be an array");
        for (std::size_t i = 0; i < blocks->size(); ++i) {
            const std::string path = "blocks[" + std::to_string(i) + "]";
            const json& item = (*blocks)[i];
            if (!item.is_object()) return Error::invalid(path + " must be an object");
            const json* config = field(item, "config");
            if (!config) return Error::invalid(path + ".config is required");
            GeneratedBlock block{TRY(parse_block_config(*config, path + ".config")), {}};
            const json* questions = field(item, "questions");
            if (!questions || !questions->is_array()) return Error::invalid(path + ".questions must be an array");
            for (std::size_t q = 0; q < questions->size(); ++q)
                block.questions.push_back(
                    TRY(parse_question((*questions)[q], path + ".questions[" + std::to_string(q) + "]")));
            paper.blocks.push_back(std::move(block));
        }
        return paper;
    } catch (const json::exception&) {
        return Error::invalid("the generated blocks are not in the expected shape");
    }
}

}  // namespace anzan::papers
