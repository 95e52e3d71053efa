#include "papers/generator/generator.hpp"

#include <algorithm>
#include <cmath>
#include <list>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include "papers/generator/numbers.hpp"
#include "papers/generator/registry.hpp"

namespace anzan::papers {
namespace {

using gen::Plan;
using gen::Rng;
using gen::UInt128;

// Feasibility probe: draws from a fixed stream, so the verdict never depends on the seed.
constexpr int kProbeDraws = 512;
// Below 1 in 64 accepted draws a block is refused: the attempt limits below assume at least this.
constexpr int kMinProbeAccepted = kProbeDraws / 64;
// Per-question attempt limit: enough draws that missing a new valid question has probability
// about e^-48 given the space and acceptance the feasibility check established.
constexpr double kConfidence = 48.0;
constexpr std::uint64_t kMinAttemptsPerQuestion = 2'000;
constexpr std::uint64_t kMaxAttemptsPerBlock = 2'000'000;
// Caps a whole paper (up to kMaxBlocks blocks) at seconds even in the unreachable case; a legal
// paper of 100 blocks x 200 questions at the lowest accepted acceptance (1/64, half the space
// used) expects under 3 million draws.
constexpr std::uint64_t kMaxAttemptsPerPaper = 20'000'000;

// Plans are remembered between calls, least recently used first out, within a byte budget: building
// a plan can cost milliseconds (sum tables), drawing from it microseconds, and presets repeat the
// same blocks on every preview. The budget bounds the cache whatever mix of constraints arrives;
// a plan too big for a share of it is used once and not kept.
constexpr std::size_t kPlanCacheBytes = 64u << 20;
constexpr std::size_t kMaxCachedPlanBytes = 8u << 20;
// Every entry also costs its key, the map node and the plan's own object: counted as this much.
constexpr std::size_t kPlanEntryOverhead = 1024;

// What a block's type and constraints alone decide: the plan and its feasibility figures.
struct BlockPlan {
    Plan plan;
    double acceptance = 1.0;  // share of draws that give an in-range question
    double space = 0;         // distinct questions (estimated when `estimated`)
    bool filter_answers = false;  // minAnswer/maxAnswer are checked here, not by the plan
    bool estimated = false;       // space and acceptance come from the probe
    bool vertical = false;        // the type's orientation, given to every question
};

struct PreparedBlock {
    std::string label;  // Block 3 ("Addition")
    std::shared_ptr<const BlockPlan> figures;
    const Plan& plan() const { return figures->plan; }
};

template <typename T>
void append_key(std::string& key, const std::optional<T>& value) {
    key += value ? std::to_string(static_cast<long long>(*value)) : "-";
    key += ',';
}

// Every constraint of constraint_fields.def, read or not: a plan may depend on any of them.
std::string cache_key(const BlockConfig& block) {
    const Constraints& c = block.constraints;
    std::string key = block.type + ':';
#define ANZAN_CONSTRAINT_FIELD(id, member, ...) append_key(key, c.member);
#include "papers/generator/constraint_fields.def"
#undef ANZAN_CONSTRAINT_FIELD
    return key;
}

// Process-wide and guarded by its mutex; plans are immutable once stored, so sharing them
// between threads is safe (each draw uses the caller's own Rng).
class PlanCache {
public:
    std::shared_ptr<const BlockPlan> find(const std::string& key) {
        std::lock_guard lock(mutex_);
        const auto it = index_.find(key);
        if (it == index_.end()) return nullptr;
        order_.splice(order_.begin(), order_, it->second);  // now the most recently used
        return it->second->plan;
    }
    void clear() {
        std::lock_guard lock(mutex_);
        index_.clear();
        order_.clear();
        bytes_ = 0;
    }
    void store(const std::string& key, std::shared_ptr<const BlockPlan> plan) {
        const std::size_t cost = plan->plan.bytes + key.size() + kPlanEntryOverhead;
        if (cost > kMaxCachedPlanBytes) return;
        std::lock_guard lock(mutex_);
        if (index_.count(key)) return;
        while (!order_.empty() && bytes_ + cost > kPlanCacheBytes) {
            bytes_ -= order_.back().cost;
            index_.erase(order_.back().key);
            order_.pop_back();
        }
        order_.push_front(Entry{key, std::move(plan), cost});
        index_.emplace(key, order_.begin());
        bytes_ += cost;
    }
    std::size_t bytes() {
        std::lock_guard lock(mutex_);
        return bytes_;
    }

private:
    struct Entry {
        std::string key;
        std::shared_ptr<const BlockPlan> plan;
        std::size_t cost = 0;
    };
    std::mutex mutex_;
    std::list<Entry> order_;  // GUARDED_BY(mutex_); most recently used first
    std::unordered_map<std::string, std::list<Entry>::iterator> index_;  // GUARDED_BY(mutex_)
    std::size_t bytes_ = 0;   // GUARDED_BY(mutex_); never above kPlanCacheBytes
};

PlanCache& plan_cache() {
    static PlanCache cache;
    return cache;
}

std::string block_label(const BlockConfig& block, std::size_t index) {
    const std::string& name = block.title && !block.title->empty() ? *block.title : block.type;
    return "Block " + std::to_string(index + 1) + " (\"" + name + "\")";
}

std::string range_text(const Constraints& c) {
    std::string text;
    if (c.min_answer) text += ", minAnswer=" + std::to_string(*c.min_answer);
    if (c.max_answer) text += ", maxAnswer=" + std::to_string(*c.max_answer);
    return text;
}

bool answer_in_range(const Question& question, const Constraints& c) {
    if (c.min_answer && gen::compare_decimal(question.answer, *c.min_answer) < 0) return false;
    if (c.max_answer && gen::compare_decimal(question.answer, *c.max_answer) > 0) return false;
    return true;
}

Result<void> probe(BlockPlan& figures, const Constraints& c, const std::string& label) {
    Rng rng = Rng::for_probe();
    int produced = 0, in_range = 0;
    for (int draw = 0; draw < kProbeDraws; ++draw) {
        const auto question = figures.plan.draw(rng);
        if (!question || rng.exhausted()) continue;
        ++produced;
        if (!figures.filter_answers || answer_in_range(*question, c)) ++in_range;
    }
    const std::string details = figures.plan.describe + range_text(c);
    if (produced == 0) return Error::invalid(label + ": no question fits these constraints (" + details + ")");
    if (in_range == 0)
        return Error::invalid(label + ": no question has an answer between minAnswer and maxAnswer (" + details + ")");
    if (in_range < kMinProbeAccepted)
        return Error::invalid(label + ": minAnswer/maxAnswer leave too few questions: " + std::to_string(in_range) +
                              " of " + std::to_string(kProbeDraws) + " trial questions fit (" + details + ")");
    figures.acceptance = static_cast<double>(in_range) / kProbeDraws;
    // A plan with unknown acceptance counts rejected draws in its space; bounds filter it further.
    if (figures.plan.acceptance <= 0) figures.space = figures.space * produced / kProbeDraws;
    if (figures.filter_answers) figures.space = figures.space * in_range / produced;
    figures.estimated = true;
    return {};
}

// Builds (or finds in the cache) the plan for a block's type and constraints.
Result<std::shared_ptr<const BlockPlan>> block_plan(const BlockConfig& block, const std::string& label) {
    const std::string key = cache_key(block);
    if (auto cached = plan_cache().find(key)) return cached;
    const gen::QuestionType type = gen::find_question_type(block.type);
    if (!type.spec) return Error::invalid(label + ": unknown question type \"" + block.type + "\"");
    const Constraints& c = block.constraints;
    if (c.min_answer && c.max_answer && *c.min_answer > *c.max_answer)
        return Error::invalid(label + ": minAnswer (" + std::to_string(*c.min_answer) + ") must not exceed maxAnswer (" +
                              std::to_string(*c.max_answer) + ")");
    auto plan = type.plan(c, *type.spec);
    if (!plan) return Error::invalid(label + ": " + plan.error().detail);
    auto figures = std::make_shared<BlockPlan>();
    figures->plan = plan.release_value();
    figures->space = static_cast<double>(figures->plan.space);
    figures->acceptance = figures->plan.acceptance;
    figures->filter_answers = (c.min_answer || c.max_answer) && !figures->plan.handles_answer_range;
    figures->vertical = type.spec->orientation == gen::Orientation::Vertical;
    if (figures->filter_answers || figures->plan.acceptance <= 0) TRY(probe(*figures, c, label));
    plan_cache().store(key, figures);
    return std::shared_ptr<const BlockPlan>(std::move(figures));
}

Result<PreparedBlock> prepare_block(const BlockConfig& block, std::size_t index) {
    PreparedBlock prepared;
    prepared.label = block_label(block, index);
    if (block.count < 1 || block.count > kMaxQuestionsPerBlock)
        return Error::invalid(prepared.label + ": count must be between 1 and " +
                              std::to_string(kMaxQuestionsPerBlock) + " (got " + std::to_string(block.count) + ")");
    prepared.figures = TRY(block_plan(block, prepared.label));
    const BlockPlan& figures = *prepared.figures;
    // Exact, uniform spaces can be used up completely; estimated or skewed ones only half way,
    // so a new question stays likely on every draw.
    const bool exhaustible = figures.plan.exact && figures.plan.uniform && !figures.estimated;
    const double usable = exhaustible ? figures.space : std::floor(figures.space / 2);
    if (block.count > usable) {
        const auto space_text = gen::to_text(static_cast<UInt128>(figures.space));
        return Error::invalid(prepared.label + ": cannot produce " + std::to_string(block.count) +
                              " distinct questions with " + figures.plan.describe + range_text(block.constraints) +
                              (exhaustible ? " (only " + space_text + " exist)"
                                           : " (about " + space_text + " exist; at most half can be drawn reliably)"));
    }
    return prepared;
}

std::uint64_t attempt_limit(const BlockPlan& figures, int already_drawn) {
    const double remaining = std::max(1.0, figures.space - already_drawn);
    const double needed = kConfidence * (figures.space / remaining) / figures.acceptance;
    return std::max<std::uint64_t>(kMinAttemptsPerQuestion, static_cast<std::uint64_t>(std::ceil(needed)));
}

Result<GeneratedBlock> generate_block(const BlockConfig& block, std::size_t index, std::uint64_t seed, int& next_id,
                                      std::uint64_t& paper_attempts) {
    const PreparedBlock prepared = TRY(prepare_block(block, index));
    GeneratedBlock generated{block, {}};
    generated.questions.reserve(block.count);
    std::unordered_set<std::string> seen;
    std::uint64_t block_attempts = 0;
    for (int question_index = 0; question_index < block.count; ++question_index) {
        Rng rng = Rng::for_question(seed, static_cast<std::uint32_t>(index), static_cast<std::uint32_t>(question_index));
        const std::uint64_t limit = attempt_limit(*prepared.figures, question_index);
        bool found = false;
        // Retries keep drawing from the same stream (legacy retries replayed it, bug §8.3).
        for (std::uint64_t attempt = 0;
             attempt < limit && block_attempts < kMaxAttemptsPerBlock && paper_attempts < kMaxAttemptsPerPaper; ++attempt) {
            ++block_attempts;
            ++paper_attempts;
            auto question = prepared.plan().draw(rng);
            if (!question || rng.exhausted()) continue;
            if (!answer_in_range(*question, block.constraints)) continue;
            if (!seen.insert(question->text).second) continue;  // distinct as shown
            question->id = next_id++;
            question->is_vertical = prepared.figures->vertical;
            generated.questions.push_back(std::move(*question));
            found = true;
            break;
        }
        if (!found)
            return Error::invalid(prepared.label + ": could not find " + std::to_string(block.count) +
                                  " distinct questions within the attempt limit (" + prepared.plan().describe +
                                  range_text(block.constraints) + "); widen the constraints");
    }
    return generated;
}

std::string with_commas(long long value) {
    const std::string digits = std::to_string(value);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

Error too_big(const std::string& what, long long size, long long limit) {
    return Error::invalid("This worksheet is too big: " + with_commas(size) + " " + what + "; at most " +
                          with_commas(limit) + " fit on one worksheet. Split it into several worksheets.");
}

Result<void> check_block_count(const PaperConfig& config) {
    if (config.blocks.empty()) return Error::bad_request("At least one question block is required");
    if (config.blocks.size() > static_cast<std::size_t>(kMaxBlocks))
        return Error::bad_request("A paper has at most " + std::to_string(kMaxBlocks) + " blocks");
    long long questions = 0;
    for (const auto& block : config.blocks) questions += std::max(0, block.count);
    if (questions > kMaxQuestionsPerPaper) return too_big("questions", questions, kMaxQuestionsPerPaper);
    return {};
}

std::string level_name(const std::string& level) {
    if (level.size() >= 4 && (level[0] == 'A' || level[0] == 'a') && (level[1] == 'B' || level[1] == 'b') &&
        level[2] == '-') {
        const std::string number = level.substr(3);
        if (number.find_first_not_of("0123456789") == std::string::npos && number.size() <= 2) {
            const int n = std::stoi(number);
            if (n >= 1 && n <= 6) return "Basic Level " + number;
            if (n >= 7 && n <= 10) return "Advanced Level " + number;
        }
    }
    return level;
}

}  // namespace

Result<GeneratedPaper> generate_paper(const PaperConfig& config, std::uint64_t seed) {
    TRY(check_block_count(config));
    GeneratedPaper paper;
    paper.seed = seed;
    int next_id = 1;
    std::uint64_t paper_attempts = 0;
    long long rows = 0;
    for (std::size_t index = 0; index < config.blocks.size(); ++index) {
        paper.blocks.push_back(TRY(generate_block(config.blocks[index], index, seed, next_id, paper_attempts)));
        // Checked as blocks are made, so an oversized paper stops within one block of the limit.
        for (const auto& question : paper.blocks.back().questions)
            rows += std::max<long long>(1, static_cast<long long>(question.operands.size()));
        if (rows > kMaxRowsPerPaper) return too_big("printed rows (questions × rows)", rows, kMaxRowsPerPaper);
    }
    return paper;
}

Result<void> check_paper_size(const std::vector<GeneratedBlock>& blocks) {
    long long questions = 0, rows = 0;
    for (const auto& block : blocks) {
        questions += static_cast<long long>(block.questions.size());
        for (const auto& question : block.questions)
            rows += std::max<long long>(1, static_cast<long long>(question.operands.size()));
    }
    if (questions > kMaxQuestionsPerPaper) return too_big("questions", questions, kMaxQuestionsPerPaper);
    if (rows > kMaxRowsPerPaper) return too_big("printed rows (questions × rows)", rows, kMaxRowsPerPaper);
    return {};
}

Result<void> validate_config(const PaperConfig& config) {
    TRY(check_block_count(config));
    for (std::size_t index = 0; index < config.blocks.size(); ++index) TRY(prepare_block(config.blocks[index], index));
    // The size of a paper does not depend on the seed: every seed gives `count` questions with
    // the same operand counts, so one generation settles the row budget for all of them.
    TRY(generate_paper(config, 0));
    return {};
}

std::vector<std::string> question_types() {
    std::vector<std::string> names;
    for (const auto& type : gen::question_type_catalogue()) names.emplace_back(type.name);
    return names;
}

std::string decorated_title(const PaperConfig& config) {
    if (config.level.empty() || config.level == "Custom") return config.title;
    const std::string name = level_name(config.level);
    if (config.title.find(name) != std::string::npos) return config.title;
    return config.title + " - " + name;
}

void test_clear_plan_cache() { plan_cache().clear(); }

std::size_t plan_cache_bytes() { return plan_cache().bytes(); }

}  // namespace anzan::papers
