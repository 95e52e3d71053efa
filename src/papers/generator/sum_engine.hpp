// Vertical abacus sums (addition, subtraction, add_sub and the three junior types): one sampler
// that knows the soroban rules (soroban.hpp), the no-negative-total rule, allowCarry/allowBorrow,
// and minAnswer/maxAnswer. Three strategies, chosen per block:
//   table    for 1- and 2-digit rows: a table of "ways to finish from running total T after r
//            rows" lets every valid question be drawn with equal probability and counted exactly
//            (without bead rules, each row of it is a sliding-window sum: cheap even for 30 rows);
//   columns  for additions without carry / subtractions without borrow on 3+ digits: every rod is
//            independent, so each column is drawn uniformly on its own;
//   rows     otherwise: row by row, each step drawn among the allowed moves (spaces are huge).
// Build once per block with `create`; the sampler is immutable afterwards. Spaces of the columns
// and rows strategies ignore minAnswer/maxAnswer (the block generator filters and estimates).
#pragma once
#include <memory>
#include <optional>
#include <vector>

#include "papers/generator/rng.hpp"
#include "papers/generator/soroban.hpp"
#include "platform/result.hpp"

namespace anzan::papers::gen {

enum class SumKind { Addition, Subtraction, AddSub, Direct, SmallFriends, BigFriends };

struct SumRules {
    SumKind kind = SumKind::AddSub;
    int digits = 1;  // every row has exactly this many digits (leading digit non-zero)
    int rows = 3;    // including the first number
    bool allow_carry = true;   // addition steps may need a 10-complement
    bool allow_borrow = true;  // subtraction steps may need a 10-complement
    std::optional<long long> min_answer, max_answer;
};

struct SumDraw {
    std::vector<long long> operands;  // all positive; signs apart
    std::vector<Sign> signs;          // one per operand; the first is always Plus
    long long answer = 0;
};

class SumSampler {
public:
    // Invalid, with a reason naming the rule, when no question satisfies the rules.
    // REQUIRES: 1 <= digits <= 10, 2 <= rows <= 30.
    static Result<std::shared_ptr<const SumSampler>> create(const SumRules& rules);

    // Never fails. Only the table strategy honours minAnswer/maxAnswer (see handles_answer_range);
    // the others leave that filter to the caller.
    SumDraw draw(Rng& rng) const;
    UInt128 space() const { return space_; }
    bool exact() const { return exact_; }
    bool uniform() const { return strategy_ != Strategy::Rows; }
    bool handles_answer_range() const { return strategy_ == Strategy::Table; }
    // Heap bytes the sampler holds (its tables), for caches that are bounded in bytes.
    std::size_t memory_bytes() const;

private:
    enum class Strategy { Table, Columns, Rows };
    struct Move {  // 8 bytes: tables hold up to kMaxTableMoves of them
        std::uint32_t target;
        std::uint16_t operand;
        Sign sign : 1;
        bool marks : 1;  // uses the complement the junior type must practise
    };

    explicit SumSampler(const SumRules& rules);
    bool build_table();
    bool build_plain_table();
    template <typename Visit>
    void for_each_move(std::uint64_t total, Visit visit) const;
    void count_columns();
    void count_rows();
    SumDraw draw_table(Rng& rng) const;
    SumDraw draw_columns(Rng& rng) const;
    SumDraw draw_rows(Rng& rng) const;
    bool answer_in_range(long long answer) const;
    std::optional<MoveKinds> step_kinds(std::uint64_t total, std::uint64_t operand, Sign sign) const;
    UInt128& ways(int rows_done, std::uint32_t total, int flag);
    UInt128 ways(int rows_done, std::uint32_t total, int flag) const;

    SumRules rules_;
    Strategy strategy_ = Strategy::Rows;
    std::uint64_t lo_ = 1, hi_ = 9;  // operand range
    std::uint64_t max_total_ = 0;
    bool needs_mark_ = false;        // junior small/big friends: at least one such move
    bool plain_ = false;             // no bead rule applies: moves are whole operand ranges
    UInt128 space_ = 0;
    bool exact_ = false;
    std::vector<std::uint32_t> move_offsets_;
    std::vector<Move> moves_;
    std::vector<UInt128> ways_;
};

}  // namespace anzan::papers::gen
