#include "papers/generator/sum_engine.hpp"

#include <algorithm>
#include <numeric>

#include "papers/generator/numbers.hpp"
#include "papers/generator/plan.hpp"

namespace anzan::papers::gen {
namespace {

// Above this many (total, move) pairs a table with bead rules takes tens of milliseconds to build;
// blocks that large have spaces far beyond any block count, so the row strategy serves them.
constexpr std::size_t kMaxTableMoves = 250'000;
// Tables without bead rules cost one cell per (row, total): 2-digit, 30-row tables have ~92,000.
constexpr std::size_t kMaxPlainCells = 200'000;

bool is_junior(SumKind kind) {
    return kind == SumKind::Direct || kind == SumKind::SmallFriends || kind == SumKind::BigFriends;
}

int rod_digit(std::uint64_t value, int rod) {
    for (int i = 0; i < rod; ++i) value /= 10;
    return static_cast<int>(value % 10);
}

UInt128 binomial(UInt128 n, int k) {
    UInt128 value = 1;
    for (int i = 1; i <= k; ++i) {
        const UInt128 factor = n - k + i;
        if (value > kSpaceCap / factor) return kSpaceCap;
        value = value * factor / i;  // exact: a product of i consecutive integers is divisible by i!
    }
    return value;
}

// `count` non-negative integers with sum <= limit, uniformly among all such tuples (stars and
// bars: choose `count` bar positions among limit + count slots).
std::vector<int> bounded_composition(Rng& rng, int count, int limit) {
    std::vector<int> slots(limit + count);
    std::iota(slots.begin(), slots.end(), 0);
    for (int i = 0; i < count; ++i) {
        const auto j = rng.uniform(i, slots.size() - 1);
        std::swap(slots[i], slots[j]);
    }
    std::vector<int> bars(slots.begin(), slots.begin() + count);
    std::sort(bars.begin(), bars.end());
    std::vector<int> parts(count);
    for (int i = 0; i < count; ++i) parts[i] = bars[i] - (i == 0 ? 0 : bars[i - 1] + 1);
    return parts;
}

}  // namespace

SumSampler::SumSampler(const SumRules& rules) : rules_(rules) {
    lo_ = static_cast<std::uint64_t>(pow10(rules.digits - 1));
    hi_ = static_cast<std::uint64_t>(pow10(rules.digits)) - 1;
    needs_mark_ = rules.kind == SumKind::SmallFriends || rules.kind == SumKind::BigFriends;
    // allowCarry only matters when rows are added, allowBorrow only when they are subtracted.
    plain_ = !is_junior(rules.kind) && (rules.allow_carry || rules.kind == SumKind::Subtraction) &&
             (rules.allow_borrow || rules.kind == SumKind::Addition);
    switch (rules.kind) {
        case SumKind::Direct:
        case SumKind::SmallFriends: max_total_ = hi_; break;  // no carry: stays on its rods
        case SumKind::BigFriends: max_total_ = hi_ * 10 + 9; break;  // one rod for the carry
        case SumKind::Subtraction: max_total_ = hi_; break;
        case SumKind::Addition:
        case SumKind::AddSub: max_total_ = rules.allow_carry ? hi_ * rules.rows : hi_; break;
    }
}

std::size_t SumSampler::memory_bytes() const {
    return sizeof(*this) + move_offsets_.capacity() * sizeof(std::uint32_t) + moves_.capacity() * sizeof(Move) +
           ways_.capacity() * sizeof(UInt128);
}

Result<std::shared_ptr<const SumSampler>> SumSampler::create(const SumRules& rules) {
    std::shared_ptr<SumSampler> sampler(new SumSampler(rules));
    // Answer bounds make small spaces likely, so they too prefer the exact table.
    const bool constrained = is_junior(rules.kind) || !rules.allow_carry || !rules.allow_borrow ||
                             rules.min_answer || rules.max_answer;
    if (rules.digits <= 2 && (constrained || rules.digits == 1) && sampler->build_table()) {
        sampler->strategy_ = Strategy::Table;
    } else if ((rules.kind == SumKind::Addition && !rules.allow_carry) ||
               (rules.kind == SumKind::Subtraction && !rules.allow_borrow)) {
        sampler->strategy_ = Strategy::Columns;
        sampler->count_columns();
    } else if (is_junior(rules.kind)) {
        return Error::invalid("junior types need digits of 1 or 2");  // unreachable after validation
    } else {
        sampler->strategy_ = Strategy::Rows;
        sampler->count_rows();
    }
    if (sampler->space_ == 0) {
        if (rules.kind == SumKind::Subtraction && rules.digits > 0 &&
            sampler->lo_ * (rules.rows - 1) > sampler->hi_)
            return Error::invalid("the running total would go below zero with this many rows");
        return Error::invalid("no question satisfies these rules");
    }
    return std::shared_ptr<const SumSampler>(std::move(sampler));
}

std::optional<MoveKinds> SumSampler::step_kinds(std::uint64_t total, std::uint64_t operand, Sign sign) const {
    if (sign == Sign::Minus && operand > total) return std::nullopt;  // no negative running totals
    const std::uint64_t next = sign == Sign::Plus ? total + operand : total - operand;
    if (next > max_total_) return std::nullopt;
    const bool classify = is_junior(rules_.kind) || (sign == Sign::Plus && !rules_.allow_carry) ||
                          (sign == Sign::Minus && !rules_.allow_borrow);
    if (!classify) return MoveKinds{};
    const MoveKinds kinds = classify_step(total, operand, sign);
    switch (rules_.kind) {
        case SumKind::Direct: if (kinds.five || kinds.ten) return std::nullopt; break;
        case SumKind::SmallFriends: if (kinds.ten) return std::nullopt; break;
        case SumKind::BigFriends: break;
        default:
            if (kinds.ten && sign == Sign::Plus && !rules_.allow_carry) return std::nullopt;
            if (kinds.ten && sign == Sign::Minus && !rules_.allow_borrow) return std::nullopt;
    }
    return kinds;
}

bool SumSampler::answer_in_range(long long answer) const {
    if (rules_.min_answer && answer < *rules_.min_answer) return false;
    if (rules_.max_answer && answer > *rules_.max_answer) return false;
    return true;
}

UInt128& SumSampler::ways(int rows_done, std::uint32_t total, int flag) {
    const std::size_t flags = needs_mark_ ? 2 : 1;
    return ways_[(static_cast<std::size_t>(rows_done) * (max_total_ + 1) + total) * flags + flag];
}

UInt128 SumSampler::ways(int rows_done, std::uint32_t total, int flag) const {
    return const_cast<SumSampler*>(this)->ways(rows_done, total, flag);
}

bool SumSampler::build_table() {
    if (plain_) return build_plain_table();
    const std::size_t states = max_total_ + 1;
    const std::size_t sign_count = rules_.kind == SumKind::AddSub || is_junior(rules_.kind) ? 2 : 1;
    if (states * sign_count * (hi_ - lo_ + 1) > kMaxTableMoves) return false;
    std::vector<Sign> signs;
    if (rules_.kind != SumKind::Subtraction) signs.push_back(Sign::Plus);
    if (rules_.kind != SumKind::Addition) signs.push_back(Sign::Minus);

    move_offsets_.assign(states + 1, 0);
    moves_.reserve(states * sign_count * (hi_ - lo_ + 1));
    for (std::uint32_t total = 0; total < states; ++total) {
        move_offsets_[total] = static_cast<std::uint32_t>(moves_.size());
        for (Sign sign : signs) {
            for (std::uint64_t operand = lo_; operand <= hi_; ++operand) {
                const auto kinds = step_kinds(total, operand, sign);
                if (!kinds) continue;
                const std::uint64_t target = sign == Sign::Plus ? total + operand : total - operand;
                const bool marks = rules_.kind == SumKind::SmallFriends ? kinds->five
                                 : rules_.kind == SumKind::BigFriends   ? kinds->ten
                                                                        : false;
                Move move{};
                move.target = static_cast<std::uint32_t>(target);
                move.operand = static_cast<std::uint16_t>(operand);
                move.sign = sign;
                move.marks = marks;
                moves_.push_back(move);
            }
        }
    }
    move_offsets_[states] = static_cast<std::uint32_t>(moves_.size());

    const int flags = needs_mark_ ? 2 : 1;
    ways_.assign(static_cast<std::size_t>(rules_.rows + 1) * states * flags, 0);
    for (std::uint32_t total = 0; total < states; ++total)
        for (int flag = 0; flag < flags; ++flag)
            ways(rules_.rows, total, flag) = answer_in_range(total) && (!needs_mark_ || flag == 1) ? 1 : 0;
    for (int rows_done = rules_.rows - 1; rows_done >= 1; --rows_done) {
        for (std::uint32_t total = 0; total < states; ++total) {
            // One pass serves both flags: a marking move leads to the "seen" (1) column either way.
            UInt128 unmarked = 0, marked = 0;
            for (auto m = move_offsets_[total]; m < move_offsets_[total + 1]; ++m) {
                const Move move = moves_[m];
                const UInt128 seen = needs_mark_ ? ways(rows_done + 1, move.target, 1) : 0;
                unmarked = saturating_add(unmarked, move.marks ? seen : ways(rows_done + 1, move.target, 0));
                marked = saturating_add(marked, seen);
            }
            ways(rows_done, total, 0) = unmarked;
            if (needs_mark_) ways(rows_done, total, 1) = marked;
        }
    }
    space_ = 0;
    for (std::uint64_t first = lo_; first <= hi_; ++first)
        space_ = saturating_add(space_, ways(1, static_cast<std::uint32_t>(first), 0));
    exact_ = space_ < kSpaceCap;
    return true;
}

bool SumSampler::build_plain_table() {
    const std::size_t states = max_total_ + 1;
    if (states * (rules_.rows + 1) > kMaxPlainCells) return false;
    ways_.assign(static_cast<std::size_t>(rules_.rows + 1) * states, 0);
    for (std::uint32_t total = 0; total < states; ++total) ways(rules_.rows, total, 0) = answer_in_range(total) ? 1 : 0;
    const bool plus = rules_.kind != SumKind::Subtraction, minus = rules_.kind != SumKind::Addition;
    const auto lo = static_cast<std::int64_t>(lo_), hi = static_cast<std::int64_t>(hi_);
    const auto max = static_cast<std::int64_t>(max_total_);
    for (int rows_done = rules_.rows - 1; rows_done >= 1; --rows_done) {
        auto next = [&](std::int64_t total) { return ways(rows_done + 1, static_cast<std::uint32_t>(total), 0); };
        // Window sums are exact: at most 90 cells, each at most 2^120.
        UInt128 plus_sum = 0, minus_sum = 0;
        for (std::int64_t target = lo; target <= std::min(hi, max); ++target) plus_sum += next(target);
        for (std::int64_t total = 0; total <= max; ++total) {
            if (total > 0) {  // [total-1+lo, total-1+hi] -> [total+lo, total+hi]
                if (total - 1 + lo <= max) plus_sum -= next(total - 1 + lo);
                if (total + hi <= max) plus_sum += next(total + hi);
            }
            // Subtracting lo..hi from `total` reaches [total-hi, total-lo].
            if (total - lo >= 0) minus_sum += next(total - lo);
            if (total - hi - 1 >= 0) minus_sum -= next(total - hi - 1);
            const UInt128 sum = (plus ? plus_sum : 0) + (minus ? minus_sum : 0);
            ways(rows_done, static_cast<std::uint32_t>(total), 0) = sum > kSpaceCap ? kSpaceCap : sum;
        }
    }
    space_ = 0;
    for (std::uint64_t first = lo_; first <= hi_; ++first)
        space_ = saturating_add(space_, ways(1, static_cast<std::uint32_t>(first), 0));
    exact_ = space_ < kSpaceCap;
    return true;
}

// Calls visit(Move) for every allowed move from `total`, in table order: plus before minus,
// operands ascending.
template <typename Visit>
void SumSampler::for_each_move(std::uint64_t total, Visit visit) const {
    if (!plain_) {
        for (auto m = move_offsets_[total]; m < move_offsets_[total + 1]; ++m) visit(moves_[m]);
        return;
    }
    for (Sign sign : {Sign::Plus, Sign::Minus}) {
        if ((sign == Sign::Plus && rules_.kind == SumKind::Subtraction) ||
            (sign == Sign::Minus && rules_.kind == SumKind::Addition))
            continue;
        for (std::uint64_t operand = lo_; operand <= hi_; ++operand) {
            if (sign == Sign::Minus && operand > total) break;
            const std::uint64_t target = sign == Sign::Plus ? total + operand : total - operand;
            if (target > max_total_) break;
            Move move{};
            move.target = static_cast<std::uint32_t>(target);
            move.operand = static_cast<std::uint16_t>(operand);
            move.sign = sign;
            move.marks = false;
            visit(move);
        }
    }
}

void SumSampler::count_columns() {
    const int rows = rules_.rows;
    const UInt128 lower_rods = saturating_pow(binomial(9 + rows, rows), rules_.digits - 1);
    if (rules_.kind == SumKind::Addition)  // leading digits >= 1 summing to <= 9
        space_ = rows <= 9 ? saturating_mul(binomial(9, rows), lower_rods) : 0;
    else  // leading digit of the first number covers every later leading digit (each >= 1)
        space_ = rows <= 10 ? saturating_mul(binomial(10, rows), lower_rods) : 0;
    exact_ = space_ < kSpaceCap;
}

void SumSampler::count_rows() {
    const UInt128 choices = hi_ - lo_ + 1;
    const int rows = rules_.rows;
    switch (rules_.kind) {
        case SumKind::Addition:
            space_ = saturating_pow(choices, rows);
            exact_ = space_ < kSpaceCap;
            break;
        case SumKind::Subtraction: {
            // Subtrahends s_i = lo + x_i and the first number F >= sum: tuples (x..., slack) with
            // sum <= hi - (rows-1)*lo, which is C(M + rows, rows).
            const UInt128 floor_total = static_cast<UInt128>(lo_) * (rows - 1);
            space_ = floor_total > hi_ ? 0 : binomial(hi_ - floor_total + rows, rows);
            exact_ = space_ < kSpaceCap;
            break;
        }
        default: {
            // Lower bound: the all-plus questions alone.
            UInt128 all_plus = rules_.allow_carry ? saturating_pow(choices, rows)
                          : rows <= 9 ? saturating_mul(binomial(9, rows), saturating_pow(binomial(9 + rows, rows), rules_.digits - 1))
                                      : 0;
            space_ = std::max(all_plus, choices);
            exact_ = false;
        }
    }
}

SumDraw SumSampler::draw(Rng& rng) const {
    switch (strategy_) {
        case Strategy::Table: return draw_table(rng);
        case Strategy::Columns: return draw_columns(rng);
        case Strategy::Rows: break;
    }
    return draw_rows(rng);
}

SumDraw SumSampler::draw_table(Rng& rng) const {
    SumDraw result;
    UInt128 pick = rng.uniform128(0, space_ - 1);
    std::uint64_t total = lo_;
    for (; total < hi_; ++total) {
        const UInt128 weight = ways(1, static_cast<std::uint32_t>(total), 0);
        if (pick < weight) break;
        pick -= weight;
    }
    result.operands.push_back(static_cast<long long>(total));
    result.signs.push_back(Sign::Plus);
    int flag = 0;
    for (int rows_done = 1; rows_done < rules_.rows; ++rows_done) {
        auto weight_of = [&](const Move& move) {
            return ways(rows_done + 1, move.target, flag | (move.marks ? 1 : 0));
        };
        // The table cell is the (saturated) sum of the move weights, so no first pass is needed.
        UInt128 choice = rng.uniform128(0, ways(rows_done, static_cast<std::uint32_t>(total), flag) - 1);
        // Walk the cumulative weights; as before a saturated sum, the last move takes what is left.
        Move chosen{};
        bool done = false;
        for_each_move(total, [&](const Move& move) {
            if (done) return;
            chosen = move;
            const UInt128 weight = weight_of(move);
            if (choice < weight) done = true;
            else choice -= weight;
        });
        const Move move = chosen;
        flag |= move.marks ? 1 : 0;
        total = move.target;
        result.operands.push_back(move.operand);
        result.signs.push_back(move.sign);
    }
    result.answer = static_cast<long long>(total);
    return result;
}

SumDraw SumSampler::draw_columns(Rng& rng) const {
    const int rows = rules_.rows;
    const bool addition = rules_.kind == SumKind::Addition;
    std::vector<long long> numbers(rows, 0);
    for (int rod = rules_.digits - 1; rod >= 0; --rod) {
        const bool leading = rod == rules_.digits - 1;
        // Addition: one part per row. Subtraction: parts for rows 2.. plus the first row's slack.
        const int limit = addition ? (leading ? 9 - rows : 9) : (leading ? 10 - rows : 9);
        const std::vector<int> parts = bounded_composition(rng, rows, limit);
        const int offset = leading ? 1 : 0;
        if (addition) {
            for (int row = 0; row < rows; ++row) numbers[row] = numbers[row] * 10 + parts[row] + offset;
        } else {
            int column_sum = 0;
            for (int row = 1; row < rows; ++row) {
                numbers[row] = numbers[row] * 10 + parts[row] + offset;
                column_sum += parts[row] + offset;
            }
            numbers[0] = numbers[0] * 10 + column_sum + parts[0];
        }
    }
    SumDraw result;
    result.operands = numbers;
    result.signs.assign(rows, addition ? Sign::Plus : Sign::Minus);
    result.signs[0] = Sign::Plus;
    long long answer = numbers[0];
    for (int row = 1; row < rows; ++row) answer += addition ? numbers[row] : -numbers[row];
    result.answer = answer;
    return result;
}

SumDraw SumSampler::draw_rows(Rng& rng) const {
    const int rows = rules_.rows;
    const int lead = rules_.digits - 1;
    SumDraw result;
    std::uint64_t total;
    if (rules_.kind == SumKind::Subtraction) total = rng.uniform(lo_ * (rows - 1), hi_);
    else total = rng.uniform(lo_, hi_);
    result.operands.push_back(static_cast<long long>(total));
    result.signs.push_back(Sign::Plus);
    auto rod_wise = [&](bool plus) {
        std::uint64_t operand = 0;
        for (int rod = lead; rod >= 0; --rod) {
            const int have = rod_digit(total, rod);
            const int low = rod == lead ? 1 : 0;
            operand = operand * 10 + rng.uniform(low, plus ? 9 - have : have);
        }
        return operand;
    };
    for (int row = 1; row < rows; ++row) {
        Sign sign = Sign::Plus;
        std::uint64_t operand;
        if (rules_.kind == SumKind::Addition) {
            operand = rng.uniform(lo_, hi_);
        } else if (rules_.kind == SumKind::Subtraction) {
            sign = Sign::Minus;
            const std::uint64_t reserve = lo_ * (rows - 1 - row);  // keep room for later rows
            operand = rng.uniform(lo_, std::min(hi_, total - reserve));
        } else {
            const bool can_plus = rules_.allow_carry || rod_digit(total, lead) <= 8;
            const bool can_minus = rules_.allow_borrow ? total >= lo_ : rod_digit(total, lead) >= 1;
            sign = can_plus && (!can_minus || rng.chance(1, 2)) ? Sign::Plus : Sign::Minus;
            if (sign == Sign::Plus) operand = rules_.allow_carry ? rng.uniform(lo_, hi_) : rod_wise(true);
            else operand = rules_.allow_borrow ? rng.uniform(lo_, std::min(hi_, total)) : rod_wise(false);
        }
        total = sign == Sign::Plus ? total + operand : total - operand;
        result.operands.push_back(static_cast<long long>(operand));
        result.signs.push_back(sign);
    }
    result.answer = static_cast<long long>(total);
    return result;
}

}  // namespace anzan::papers::gen
