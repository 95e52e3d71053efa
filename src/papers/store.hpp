// Every SQL statement of the worksheets area (tables `papers` and `paper_attempts`, docs/schema.md).
// Only src/papers/ writes them. Functions take the caller's session or transaction first and
// return our structs; they hold no policy (who may save or read a paper is the route table's
// business). Same SQL on SQLite and PostgreSQL.
#pragma once
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <functional>
#include <string_view>

#include "academy/types.hpp"
#include "papers/types.hpp"
#include "platform/result.hpp"
#include "platform/table_count.hpp"

namespace anzan::papers::store {

// Inserts a saved paper; `config_json` is stored as given, `created_at` is storage text. Returns
// the new id.
struct PaperRow {
    std::string title;
    std::string level;
    std::string config_json;
    std::optional<std::int64_t> seed;
    std::string created_at;
    std::optional<long long> created_by_user_id;
};
Result<long long> insert_paper(soci::session& sql, const PaperRow& row);

Result<std::optional<SavedPaper>> find_paper(soci::session& sql, long long paper_id);

// Newest first (created_at, then id), `page.limit` rows after skipping `page.offset`.
Result<std::vector<SavedPaper>> list_papers(soci::session& sql, const PageRequest& page);

// Gives a paper without a seed this one; a paper that has a seed keeps it. Returns the paper's
// seed afterwards (so two racing first downloads agree), NotFound when the paper is gone.
Result<std::int64_t> set_seed_if_missing(soci::session& sql, long long paper_id, std::int64_t seed);

// Deletes a paper; false when there was none.
Result<bool> delete_paper(soci::session& sql, long long paper_id);

// Season reset (store_reset.cpp): the paper attempts of the students in scope. The tables it
// changes; what it would change, counted; the change itself, one entry per table.
std::vector<ResetTable> reset_tables();
Result<TableCounts> count_in_scope(soci::session& sql, const academy::StudentScope& scope);
Result<TableCounts> reset_in_scope(soci::session& sql, const academy::StudentScope& scope,
                                   const std::function<void(std::string_view)>& on_step);
// `anzan check`: paper attempts whose user is gone; one sentence, or none.
Result<std::vector<std::string>> integrity_problems(soci::session& sql);

}  // namespace anzan::papers::store
