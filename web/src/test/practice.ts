// Mental-maths API values for tests, shaped as docs/practice.md says the server sends them.
import type { PracticeOptions, PracticeQuestion, PracticeResult, PracticeSession } from "../features/practice/types";

const kFlashTiming = {
  unit: "row" as const, easy: 1.8, medium: 1.2, hard: 0.6, custom_min: 0.1, custom_max: 5,
  custom_values: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.2, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5], answer_seconds: 15,
};
const kQuestionTiming = {
  unit: "question" as const, easy: 30, medium: 20, hard: 10, custom_min: 1, custom_max: 40, custom_values: [], answer_seconds: null,
};

export const kPracticeOptions: PracticeOptions = {
  max_questions: 50,
  session_seconds: 3600,
  operations: [
    { operation_type: "add_sub", label: "Addition & Subtraction", flash: true,
      settings: [
        { name: "digits", label: "Digits per number", min: 1, max: 10, default: 2 },
        { name: "rows", label: "Rows", min: 3, max: 20, default: 3 },
      ],
      timing: kFlashTiming },
    { operation_type: "multiplication", label: "Multiplication", flash: false,
      settings: [
        { name: "multiplicandDigits", label: "Multiplicand digits", min: 2, max: 10, default: 2 },
        { name: "multiplierDigits", label: "Multiplier digits", min: 1, max: 10, default: 1 },
      ],
      timing: kQuestionTiming },
  ],
};

export const kFlashQuestions: PracticeQuestion[] = [
  { question_number: 1, text: "12\n+ 34\n- 5", rows: ["12", "+34", "-5"], is_vertical: true },
  { question_number: 2, text: "20\n- 7\n+ 3", rows: ["20", "-7", "+3"], is_vertical: true },
];

export function makePracticeSession(overrides: Partial<PracticeSession> = {}): PracticeSession {
  return {
    id: 17,
    status: "open",
    operation_type: "add_sub",
    difficulty_mode: "custom",
    flash: true,
    seconds: 2,
    answer_seconds: 15,
    total_questions: 2,
    settings: { digits: 2, rows: 3 },
    started_at: "2026-12-03T10:00:00+00:00",
    expires_at: "2026-12-03T11:00:00+00:00",
    questions: kFlashQuestions,
    result: null,
    ...overrides,
  };
}

export function makePracticeResult(overrides: Partial<PracticeResult> = {}): PracticeResult {
  return {
    id: 17,
    total_questions: 2,
    correct_answers: 1,
    wrong_answers: 0,
    unattempted: 1,
    accuracy: 50,
    score: 1,
    time_taken: 24.5,
    points_earned: 6,
    total_points: 1256,
    completed_at: "2026-12-03T10:01:00+00:00",
    questions: [
      { ...kFlashQuestions[0]!, given: "41", correct_answer: "41", answered: true, is_correct: true, time_taken: 3.2 },
      { ...kFlashQuestions[1]!, given: null, correct_answer: "16", answered: false, is_correct: false, time_taken: 15 },
    ],
    ...overrides,
  };
}
