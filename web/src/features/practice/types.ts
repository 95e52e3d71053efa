// The shapes of the mental-maths routes (docs/practice.md, "Mental maths"), written by hand because the
// generated API types do not have these routes yet.
// TODO(api-types): alias of api-types once the routes land

// GET /api/practice/options: the operations in menu order, the most questions a session may have, and how
// long a session stays open.
// TODO(api-types): alias of api-types once the routes land
export type PracticeOptions = { operations: PracticeOperation[]; max_questions: number; session_seconds: number };

export type PracticeOperation = {
  operation_type: string; // "add_sub", "multiplication", …
  label: string;
  flash: boolean; // rows shown one by one; the timing is then per row
  settings: PracticeSetting[]; // in form order
  timing: PracticeTiming;
};

// A setting by its constraint wire name ("digits", "rows", "multiplicandDigits", …), with its legacy range.
export type PracticeSetting = { name: string; label: string; min: number; max: number; default: number };

// Seconds per row (unit "row", flash types) or per question, for each preset; a custom value is one of
// `custom_values` when that list is not empty, else a whole number of seconds custom_min..custom_max.
// `answer_seconds`: the answer window after the last flashed row (null for other types).
export type PracticeTiming = {
  unit: "row" | "question";
  easy: number;
  medium: number;
  hard: number;
  custom_min: number;
  custom_max: number;
  custom_values: number[];
  answer_seconds: number | null;
};

export type DifficultyMode = "easy" | "medium" | "hard" | "custom";

// POST /api/practice/sessions. `seconds` only with "custom" (one of the custom values); null otherwise.
// TODO(api-types): alias of api-types once the routes land
export type NewPracticeSession = {
  operation_type: string;
  total_questions: number;
  difficulty_mode: DifficultyMode;
  settings: Record<string, number>;
  seconds: number | null;
};

// `rows`: the stacked column of a vertical question ("12", "+34", "-5"); [] for a horizontal one, whose
// `text` is the question ("52 × 4", "√5184", "45% of 900").
export type PracticeQuestion = {
  question_number: number;
  text: string;
  rows: string[];
  is_vertical: boolean;
};

export type PracticeStatus = "open" | "completed" | "expired";

// The answer of POST /api/practice/sessions and GET /api/practice/sessions/{id}. Questions never carry
// answers while open; `result` is filled once completed.
// TODO(api-types): alias of api-types once the routes land
export type PracticeSession = {
  id: number;
  status: PracticeStatus;
  operation_type: string;
  difficulty_mode: string;
  flash: boolean;
  seconds: number; // per row for flash types, per question otherwise
  answer_seconds: number; // after the last flashed row (15); equals `seconds` for other types
  total_questions: number;
  settings: Record<string, number>;
  started_at: string;
  expires_at: string;
  questions: PracticeQuestion[];
  result: PracticeResult | null;
};

// POST /api/practice/sessions/{id}/submit. A question with no entry (or a null answer) is unattempted.
// TODO(api-types): alias of api-types once the routes land
export type PracticeAnswer = { question_number: number; answer: string | null; time_taken: number };
export type PracticeSubmission = { answers: PracticeAnswer[]; time_taken: number };

export type ReviewedQuestion = PracticeQuestion & {
  given: string | null;
  correct_answer: string;
  answered: boolean;
  is_correct: boolean;
  time_taken: number;
};

// The graded session (also PracticeSession.result): counts, points earned and the balance after them.
// TODO(api-types): alias of api-types once the routes land
export type PracticeResult = {
  id: number;
  total_questions: number;
  correct_answers: number;
  wrong_answers: number;
  unattempted: number;
  accuracy: number; // correct / total × 100, 2 dp
  score: number;
  time_taken: number;
  points_earned: number;
  total_points: number; // the balance after the credit
  completed_at: string | null;
  questions: ReviewedQuestion[];
};
