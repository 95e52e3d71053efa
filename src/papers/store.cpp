#include "papers/store.hpp"

#include "platform/db/database.hpp"

namespace anzan::papers::store {
namespace {

constexpr const char* kInsertPaper = R"sql(
    INSERT INTO papers (title, level, config, seed, created_at, created_by_user_id)
    VALUES (:title, :level, :config, :seed, :created_at, :created_by_user_id)
    RETURNING id)sql";

// config is read as text on both engines (PostgreSQL's JSON type keeps the stored text).
constexpr const char* kSelectPaper = R"sql(
    SELECT id, title, level, CAST(config AS TEXT), seed, CAST(created_at AS TEXT), created_by_user_id
      FROM papers WHERE id = :id)sql";

// Newest first; id breaks ties between papers saved in the same second.
constexpr const char* kSelectPaperPage = R"sql(
    SELECT id, title, level, CAST(config AS TEXT), seed, CAST(created_at AS TEXT), created_by_user_id
      FROM papers ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset)sql";

// Only a paper without a seed gets one: the first download fixes it forever.
constexpr const char* kSetSeedIfMissing = R"sql(
    UPDATE papers SET seed = :seed WHERE id = :id AND seed IS NULL)sql";

constexpr const char* kSelectSeed = R"sql(
    SELECT seed FROM papers WHERE id = :id)sql";

constexpr const char* kDeletePaper = R"sql(
    DELETE FROM papers WHERE id = :id)sql";

struct PaperColumns {
    SavedPaper paper;
    long long seed = 0, user_id = 0;
    soci::indicator seed_ind = soci::i_null, user_ind = soci::i_null, created_ind = soci::i_null;

    void bind(soci::statement& st) {
        st.exchange(soci::into(paper.id));
        st.exchange(soci::into(paper.title));
        st.exchange(soci::into(paper.level));
        st.exchange(soci::into(paper.config_json));
        st.exchange(soci::into(seed, seed_ind));
        st.exchange(soci::into(paper.created_at, created_ind));
        st.exchange(soci::into(user_id, user_ind));
    }
    SavedPaper take() {
        SavedPaper out = paper;
        out.seed = seed_ind == soci::i_ok ? std::optional<std::int64_t>(seed) : std::nullopt;
        out.created_by_user_id = user_ind == soci::i_ok ? std::optional<long long>(user_id) : std::nullopt;
        if (created_ind != soci::i_ok) out.created_at.clear();
        return out;
    }
};

}  // namespace

Result<long long> insert_paper(soci::session& sql, const PaperRow& row) {
    try {
        long long id = 0;
        const long long seed = row.seed.value_or(0), user_id = row.created_by_user_id.value_or(0);
        soci::indicator seed_ind = row.seed ? soci::i_ok : soci::i_null;
        soci::indicator user_ind = row.created_by_user_id ? soci::i_ok : soci::i_null;
        sql << kInsertPaper, soci::use(row.title), soci::use(row.level), soci::use(row.config_json),
            soci::use(seed, seed_ind), soci::use(row.created_at), soci::use(user_id, user_ind),
            soci::into(id);
        return id;
    } catch (const std::exception& e) {
        return db::database_error(e, "saving the paper");
    }
}

Result<std::optional<SavedPaper>> find_paper(soci::session& sql, long long paper_id) {
    try {
        PaperColumns columns;
        soci::statement st = (sql.prepare << kSelectPaper, soci::use(paper_id));
        columns.bind(st);
        st.define_and_bind();
        if (!st.execute(true)) return std::optional<SavedPaper>();
        return std::optional<SavedPaper>(columns.take());
    } catch (const std::exception& e) {
        return db::database_error(e, "reading the paper");
    }
}

Result<std::vector<SavedPaper>> list_papers(soci::session& sql, const PageRequest& page) {
    try {
        std::vector<SavedPaper> papers;
        PaperColumns columns;
        long long limit = page.limit, offset = page.offset;
        soci::statement st = (sql.prepare << kSelectPaperPage, soci::use(limit), soci::use(offset));
        columns.bind(st);
        st.define_and_bind();
        if (st.execute(true)) {
            do papers.push_back(columns.take());
            while (st.fetch());
        }
        return papers;
    } catch (const std::exception& e) {
        return db::database_error(e, "listing the papers");
    }
}

Result<std::int64_t> set_seed_if_missing(soci::session& sql, long long paper_id, std::int64_t seed) {
    try {
        long long wanted = seed, stored = 0;
        soci::indicator stored_ind = soci::i_null;
        sql << kSetSeedIfMissing, soci::use(wanted), soci::use(paper_id);
        sql << kSelectSeed, soci::use(paper_id), soci::into(stored, stored_ind);
        if (!sql.got_data() || stored_ind != soci::i_ok) return Error::not_found("Paper not found");
        return static_cast<std::int64_t>(stored);
    } catch (const std::exception& e) {
        return db::database_error(e, "storing the paper's seed");
    }
}

Result<bool> delete_paper(soci::session& sql, long long paper_id) {
    try {
        soci::statement st = (sql.prepare << kDeletePaper, soci::use(paper_id));
        st.execute(true);
        return st.get_affected_rows() > 0;
    } catch (const std::exception& e) {
        return db::database_error(e, "deleting the paper");
    }
}

}  // namespace anzan::papers::store
