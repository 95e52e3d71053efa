// Paper-attempt API values for tests, shaped as the server's schemas (src/papers/schemas.cpp) say.
import type {
  AssignedPaper,
  AttemptAutosave,
  AttemptQuestion,
  AttemptValidity,
  PaperAttempt,
  PaperAttemptDetail,
  PaperAttemptResult,
} from "../features/attempts/types";

const kQuestions: AttemptQuestion[] = [
  { id: 1, text: "4\n+ 3\n- 2", isVertical: true, operands: [4, 3, 2], operator: "±", operators: ["+", "-"] },
  { id: 2, text: "9\n- 1\n+ 1", isVertical: true, operands: [9, 1, 1], operator: "±", operators: ["-", "+"] },
  { id: 3, text: "12 × 4 =", isVertical: false, operands: [12, 4], operator: "×", operators: null },
];
const kKey: Record<number, string> = { 1: "5", 2: "9", 3: "48" };

export const kPaperConfig: PaperAttemptDetail["paper_config"] = {
  title: "Basic Level 3",
  level: "AB-3",
  blocks: [
    { id: "b1", type: "add_sub", count: 2, title: "Add/Sub Mix", constraints: { digits: 1, rows: 3 } },
    { id: "b2", type: "multiplication", count: 1, title: null, constraints: { multiplicandDigits: 2, multiplierDigits: 1 } },
  ],
};

export function makeAttempt(overrides: Partial<PaperAttempt> = {}): PaperAttempt {
  return {
    id: 5,
    paper_title: "Basic Level 3",
    paper_level: "AB-3",
    total_questions: 3,
    correct_answers: 0,
    wrong_answers: 0,
    unattempted: 3,
    accuracy: 0,
    score: 0,
    time_taken: null,
    points_earned: 0,
    started_at: "2026-12-03T10:00:00+00:00",
    completed_at: null,
    seed: null,
    status: "open",
    attempt_number: 1,
    assignment_id: null,
    ...overrides,
  };
}

// PUT /api/papers/attempt/{id}: the graded attempt and the caller's balance.
export function makeAttemptResult(overrides: Partial<PaperAttemptResult> = {}): PaperAttemptResult {
  return { ...makeAttempt({ status: "completed", seed: 42, time_taken: 42, completed_at: "2026-12-03T10:01:00+00:00" }),
    total_points: 1250, ...overrides };
}

// GET /api/papers/attempt/{id}/validate of an open attempt (it closes an hour after its last save).
export function makeValidity(overrides: Partial<AttemptValidity> = {}): AttemptValidity {
  return { valid: true, reason: null, expires_at: "2026-12-03T11:00:00+00:00", ...overrides };
}

// PATCH /api/papers/attempt/{id}: when it was saved, when it now closes, and how many answers it holds.
export function makeAutosave(id: number, answers: Record<string, string | number | null>): AttemptAutosave {
  const answered = Object.values(answers).filter((value) => value !== null && String(value).trim() !== "").length;
  return { id, saved_at: "2026-12-03T10:00:05+00:00", expires_at: "2026-12-03T11:00:05+00:00", answered };
}

// A row of GET /api/papers/for-me.
export function makeAssignedPaper(overrides: Partial<AssignedPaper> = {}): AssignedPaper {
  return { assignment_id: 1, paper_id: 11, title: "Weekly test 1", level: "AB-3", branch: "Gurgaon", assignment_level: null,
    assigned_at: "2026-12-01T09:00:00+00:00", attempts_used: 0, max_attempts: 2, can_attempt: true, ...overrides };
}

// The detail; once `graded`, with the answer key and each question's result for `answers`, as the server
// sends a completed attempt.
export function makeAttemptDetail(overrides: Partial<PaperAttemptDetail> = {}, graded = false): PaperAttemptDetail {
  const questions = kQuestions.map((question) =>
    graded ? { ...question, answer: Number(kKey[question.id]), answer_text: kKey[question.id] } : question);
  const detail: PaperAttemptDetail = {
    ...makeAttempt(),
    total_points: 1250,
    paper_config: kPaperConfig,
    generated_blocks: [
      { config: kPaperConfig.blocks[0]!, questions: questions.slice(0, 2) },
      { config: kPaperConfig.blocks[1]!, questions: questions.slice(2) },
    ],
    answers: {},
    expires_at: graded ? null : "2026-12-03T11:00:00+00:00",
    results: null,
    ...overrides,
  };
  if (!graded) return detail;
  const results = kQuestions.map((question) => {
    const given = detail.answers[String(question.id)];
    const text = given === null || given === undefined ? null : String(given);
    return { question_id: question.id, given: text, correct_answer: kKey[question.id]!, is_correct: text === kKey[question.id],
      answered: text !== null };
  });
  return { ...detail, results };
}
