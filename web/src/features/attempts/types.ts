// The shapes of the paper-attempt routes (docs/practice.md, "Paper attempts": the legacy shapes of
// shared/spec/legacy/gamification.md §5 plus Anzan's fields), written by hand because the generated API
// types do not have these routes yet. Answers are keyed by question id (as text); an answer is text (a
// number is read as its decimal text); blank, null or missing = unattempted.
// TODO(api-types): alias of api-types once the routes land

export type AttemptAnswers = Record<string, string | number | null>;

// A generated question as the attempt stores it. `answer` and `answer_text` (the key) only once closed.
export type AttemptQuestion = {
  id: number;
  text: string; // a vertical sum is its rows, one per line
  isVertical: boolean;
  operands: (number | string)[];
  operator: string;
  operators: string[] | null;
  answer?: number;
  answer_text?: string;
};

export type AttemptBlock = {
  config: { id?: string; type: string; count?: number; title?: string | null; constraints?: Record<string, unknown> };
  questions: AttemptQuestion[];
};

// "abandoned": left untouched for an hour, so closed with 0 points (shown as expired).
export type AttemptStatus = "open" | "completed" | "abandoned";

// A row of GET /api/papers/attempts, and the core of every attempt answer.
// TODO(api-types): alias of api-types once the routes land
export type PaperAttempt = {
  id: number;
  paper_title: string;
  paper_level: string;
  total_questions: number;
  correct_answers: number;
  wrong_answers: number;
  unattempted: number;
  accuracy: number; // correct / total × 100, 2 dp
  score: number;
  time_taken: number | null; // null while open and when abandoned
  points_earned: number;
  started_at: string;
  completed_at: string | null;
  seed: number | null; // null while open (with the config it would give the answers)
  status: AttemptStatus;
  attempt_number: 1 | 2 | null;
  assignment_id: number | null;
};

// PUT /api/papers/attempt/{id}: the graded attempt and the caller's balance.
// TODO(api-types): alias of api-types once the routes land
export type PaperAttemptResult = PaperAttempt & { total_points: number };

// One question of a completed attempt as the server graded it.
export type AttemptQuestionResult = {
  question_id: number;
  given: string | null;
  correct_answer: string;
  is_correct: boolean;
  answered: boolean;
};

// GET /api/papers/attempt/{id} and POST /api/papers/attempt: the attempt with its paper, the answers saved
// so far, when it closes unless touched (null once closed), and, once completed, every question's result.
// TODO(api-types): alias of api-types once the routes land
export type PaperAttemptDetail = PaperAttemptResult & {
  paper_config: unknown;
  generated_blocks: AttemptBlock[];
  answers: AttemptAnswers;
  expires_at: string | null;
  results: AttemptQuestionResult[] | null;
};

// POST /api/papers/attempt: a paper set for the student, a saved paper, or the legacy body (the server
// generates from paper_config + seed; generated_blocks is ignored).
// TODO(api-types): alias of api-types once the routes land
export type NewAttempt =
  | { assignment_id: number }
  | { paper_id: number }
  | { paper_title: string; paper_level: string; paper_config: unknown; generated_blocks?: unknown[]; seed: number | null };

// PATCH /api/papers/attempt/{id} {answers} (all of them: the saved set is replaced) → this.
export type AttemptAutosave = { id: number; saved_at: string; expires_at: string; answered: number };

// PUT /api/papers/attempt/{id}
export type AttemptSubmission = { answers: Record<string, string>; time_taken: number };

// GET /api/papers/attempt/{id}/validate (always 200).
// TODO(api-types): alias of api-types once the routes land
export type AttemptValidity = {
  valid: boolean;
  reason: "not_found" | "completed" | "expired" | null;
  expires_at: string | null;
};

// GET /api/papers/for-me: the saved papers a teacher set for the student's branch (and level).
// TODO(api-types): alias of api-types once the routes land
export type AssignedPaper = {
  assignment_id: number;
  paper_id: number;
  title: string;
  level: string; // the paper's level
  branch: string;
  assignment_level: string | null; // the student level it was set for; null = all
  assigned_at: string;
  attempts_used: number;
  max_attempts: number;
  can_attempt: boolean;
};
