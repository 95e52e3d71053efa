// Worksheet operations shared by the HTTP routes and `anzan paper`: finding the presets, resolving
// a config's blocks, generating a preview and rendering a PDF. One function builds each answer, so
// the CLI's `--json` output is byte-for-byte what POST /api/papers/preview returns for the same
// config and seed. Those read preset files; no database, no clock. Safe from any thread.
// Also the papers area's contract for other areas' reads of paper attempts (GET /users/stats):
// paper_sums and write_recent_attempts, on the caller's session.
#pragma once
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

#include "papers/generator/types.hpp"
#include "papers/pdf/worksheet_pdf.hpp"
#include "papers/types.hpp"
// Online attempts and assignments are part of this contract; their declarations live beside
// their implementation.
#include "papers/service_attempts.hpp"
#include "platform/db/database.hpp"
#include "platform/json_writer.hpp"
#include "platform/result.hpp"
#include "platform/time.hpp"

namespace soci {
class session;
}

namespace anzan::papers {

// The presets directory: $ANZAN_PRESETS_DIR when set, else the first of <exe dir>/../presets,
// <exe dir>/presets and ./presets that exists (canonical path). Empty when none does.
std::string find_presets_dir();

// A fresh seed, uniform in [0, kMaxWireSeed] (53 bits, exact in JavaScript), from libsodium.
// REQUIRES: sodium_init() succeeded (main does it).
std::uint64_t random_seed();

// The preset paper of `level`. NotFound naming the levels that have presets when there is none;
// Internal when the preset file is broken.
Result<PaperConfig> preset_config(const std::string& presets_dir, const std::string& level);

// `config` with its level's preset blocks put in when it has none of its own (legacy §1.2).
// BadRequest "At least one question block is required" when no blocks result; Internal for a
// broken preset file.
Result<PaperConfig> resolve_config(PaperConfig config, const std::string& presets_dir);

// The preview of a request: blocks resolved, then generated with its seed (a fresh one when it
// has none). BadRequest as resolve_config; Invalid (422) with the generator's reason, naming the
// block, when the constraints are out of range or infeasible.
Result<GeneratedPaper> preview_paper(const PreviewRequest& request, const std::string& presets_dir);
// The PreviewResponse body of preview_paper: {"blocks": [...], "seed": N}.
Result<nlohmann::json> preview_json(const PreviewRequest& request, const std::string& presets_dir);

// The worksheet PDF of `blocks` under `config`'s decorated title ("Practice - Basic Level 3") and
// level. Invalid when there is nothing to print; Internal when rendering fails.
Result<std::string> render_paper_pdf(const std::string& academy_name, const PaperConfig& config,
                                     const std::vector<GeneratedBlock>& blocks, AnswerKey answer_key);

// Saves a paper (POST /api/papers): its title checked, preset blocks put in and the config
// validated, so it prints the same forever. Returns the new id.
Result<long long> save_paper(db::Database& database, NewPaper paper, const std::string& presets_dir,
                             long long by_user_id, Instant now);

// Sums over the user's submitted attempts (completed, not abandoned: abandoned ones were never
// answered). Internal on a database error.
Result<PaperSums> paper_sums(db::Session& session, long long user_id);
// Writes the user's newest `limit` attempts as a JSON array of legacy PaperAttemptResponse
// objects (plus unattempted, status, attempt_number, assignment_id), newest first, in-progress
// ones included with status "open" (their seed null). No clock here: an attempt idle past its
// hour still shows "open" until the student's next read abandons it. Both reads are prepared once
// per connection (the dashboard is a hot read).
Result<void> write_recent_attempts(JsonWriter& w, db::Session& session, long long user_id, int limit);

}  // namespace anzan::papers
