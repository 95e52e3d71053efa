// The papers area's answers to other areas' reads of attempts (GET /users/stats).
#include <nlohmann/json.hpp>

#include "papers/json_attempts.hpp"
#include "papers/service.hpp"
#include "papers/store.hpp"

namespace anzan::papers {

Result<PaperSums> paper_sums(db::Session& session, long long user_id) { return store::paper_sums(session, user_id); }

Result<void> write_recent_attempts(JsonWriter& w, db::Session& session, long long user_id, int limit) {
    const auto attempts = TRY(store::recent_attempts(session, user_id, limit));
    w.start_array();
    for (const auto& attempt : attempts) write_attempt(w, attempt);
    w.end_array();
    return {};
}

}  // namespace anzan::papers
