// Mental-maths practice: sessions generated, stored and graded by the server, the legacy
// practice-session route recomputed from its question data, and the student's stats and ledger
// reads. Every write is one transaction; points go through progress::store::credit_earning, keyed
// by the session id, so a repeated submit never pays twice.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "platform/config.hpp"
#include "platform/db/database.hpp"
#include "platform/result.hpp"
#include "platform/time.hpp"
#include "practice/types.hpp"

namespace anzan::practice {

struct LegacyRequest;

// POST /api/practice/sessions: checks the request, generates the questions from a fresh seed,
// stores them; the PracticeSession without answers.
// RateLimited beyond the per-student bounds (rules::kMaxSessionsPerDay, kMaxOpenSessions).
Result<nlohmann::json> start_session(db::Database& database, const Config& config, long long user_id,
                                     const SessionRequest& request, Instant now);
// GET /api/practice/sessions/{id}: the caller's session (NotFound otherwise); an open session past
// its hour is closed (0 points) first.
Result<nlohmann::json> get_session(db::Database& database, long long user_id, long long session_id, Instant now);
// POST /api/practice/sessions/{id}/submit: grades, stores, credits; the stored result on a repeat;
// Conflict when the session expired.
Result<std::string> submit_session(db::Database& database, const Config& config, long long user_id,
                                      long long session_id, const SubmitRequest& request, Instant now);

// POST /users/practice-session (legacy): every answer recomputed from its question data.
Result<std::string> save_legacy_session(db::Database& database, const Config& config, long long user_id,
                                           const LegacyRequest& request, Instant now);
// GET /users/practice-session/{id}: the legacy session with its attempts.
Result<std::string> legacy_session_detail(db::Database& database, long long user_id, long long session_id);

// These three answer JSON text (written directly: the dashboard is a hot read).
// GET /users/stats: the legacy StudentStats of `user_id`.
Result<std::string> student_stats(db::Database& database, long long user_id);
// GET /users/points/logs: the legacy ledger page.
Result<nlohmann::json> points_logs(db::Database& database, long long user_id, long long limit, long long offset);

}  // namespace anzan::practice
