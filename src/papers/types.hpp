// Plain data of the worksheets ("papers") area above the generator: saved papers as stored in the
// `papers` table, and the parsed bodies of the preview, PDF and save requests. The question model
// itself (PaperConfig, GeneratedBlock, ...) lives in papers/generator/types.hpp.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "papers/generator/types.hpp"

namespace anzan::papers {

// One row of `papers`. `config_json` is the stored text as is (legacy rows may hold configs this
// generator cannot read; they are still listed). `seed` is NULL until the first download of a
// paper saved without one. Times are storage text ("YYYY-MM-DD HH:MM:SS", UTC).
struct SavedPaper {
    long long id = 0;
    std::string title;
    std::string level;
    std::string config_json;
    std::optional<std::int64_t> seed;
    std::string created_at;
    std::optional<long long> created_by_user_id;
};

// A paper to save: the config is stored with its blocks already resolved (preset blocks put in),
// so later preset edits never change a saved paper.
struct NewPaper {
    std::string title;
    std::string level;
    PaperConfig config;
    std::optional<std::uint64_t> seed;
};

// POST /api/papers/preview: a PaperConfig plus an optional seed.
struct PreviewRequest {
    PaperConfig config;
    std::optional<std::uint64_t> seed;
};

// POST /api/papers/generate-pdf: the config (for title and level), and either a seed to generate
// from or the blocks a preview returned, printed exactly as given.
struct PdfRequest {
    PaperConfig config;
    std::optional<std::uint64_t> seed;
    std::optional<std::vector<GeneratedBlock>> blocks;
    bool answer_key = false;
};

// One page of the saved-papers list.
struct PageRequest {
    long long limit = 50;
    long long offset = 0;
};

// Where an online attempt stands. Not a column: derived from the row (attempt_status in
// attempt_rules.hpp). An abandoned attempt is one closed by the 1-hour rule: completed_at set and
// time_taken NULL (the legacy marking; a submit always stores a time_taken).
enum class AttemptStatus { Open, Completed, Abandoned };

// One row of `paper_attempts`. Texts are as stored: `paper_config` and `generated_blocks` JSON
// (the server's questions, with their answers), `answers_json` the student's answers as a JSON
// object ("{}" when NULL). Times are storage text, UTC; `completed_at` is empty while open.
struct PaperAttempt {
    long long id = 0;
    long long user_id = 0;
    std::string paper_title, paper_level;
    std::string paper_config, generated_blocks;
    std::int64_t seed = 0;
    int total_questions = 0, correct_answers = 0, wrong_answers = 0, score = 0;
    double accuracy = 0;
    std::optional<double> time_taken;  // seconds; NULL while open and when abandoned
    long long points_earned = 0;
    std::string answers_json = "{}";
    std::string started_at, completed_at, updated_at;
    std::optional<int> attempt_number;  // 1 or 2; NULL on legacy rows
    std::optional<long long> assignment_id;
};

// A student's answers by question id: only the non-blank ones, each as read_answer returned it
// (trimmed decimal text).
using AnswerSheet = std::map<int, std::string>;
// Answers as a request sent them, before any check: (question id as sent, the answer as text;
// nullopt for null). A JSON number arrives as its decimal text.
using AnswerEntries = std::vector<std::pair<std::string, std::optional<std::string>>>;

// How POST /api/papers/attempt names the paper: the legacy body (a config and seed the client
// previewed), a saved paper, or an assignment of a saved paper.
struct AttemptStart {
    enum class Source { Config, SavedPaper, Assignment };
    Source source = Source::Config;
    // Source::Config: the config as parsed (title and level filled from paper_title/paper_level
    // when it had none) and the names the attempt is filed under.
    PaperConfig config;
    std::string paper_title, paper_level;
    std::optional<std::uint64_t> seed;
    long long paper_id = 0;       // Source::SavedPaper
    long long assignment_id = 0;  // Source::Assignment
};

// PUT /api/papers/attempt/{id}: the final answers (nullopt: the autosaved ones) and the time.
struct AttemptSubmit {
    std::optional<AnswerEntries> answers;
    double time_taken = 0;  // seconds, 0..86400
};

// One question as graded, in paper order.
struct GradedQuestion {
    int question_id = 0;
    std::optional<std::string> given;  // nullopt: unattempted
    std::string correct_answer;        // exact decimal text
    bool is_correct = false;
};

// A graded attempt: counts over every question of the paper (blanks count against accuracy).
struct AttemptGrade {
    int total_questions = 0, correct = 0, wrong = 0, unattempted = 0;
    double accuracy = 0;  // correct / total × 100, 2 dp
    std::vector<GradedQuestion> questions;
};

// A saved paper set for a branch (and optionally one level), with its paper's title and level.
struct PaperAssignment {
    long long id = 0;
    long long paper_id = 0;
    std::string paper_title, paper_level;
    std::optional<std::int64_t> paper_seed;
    std::string branch;
    std::optional<std::string> level;  // NULL: every level of the branch
    std::optional<long long> assigned_by_user_id;
    std::string created_at;  // storage text, UTC
};

// POST /api/papers/{id}/assignments.
struct NewAssignment {
    std::string branch;
    std::optional<std::string> level;
};

// An assignment as a student sees it, with how many of their attempts its paper has used.
struct AssignmentForStudent {
    PaperAssignment assignment;
    long long attempts_used = 0;
};

// Sums over a user's submitted paper attempts (completed, not abandoned): for GET /users/stats.
struct PaperSums {
    long long attempts = 0, questions = 0, correct = 0, wrong = 0;
};

}  // namespace anzan::papers
