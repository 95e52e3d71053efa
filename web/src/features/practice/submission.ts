// The run as POST /api/practice/sessions/{id}/submit wants it: one entry per question reached (a blank one
// as null), its seconds, and the session's time. Questions never reached are left out (unattempted).
import type { RunProgress } from "./run";
import type { PracticeSession, PracticeSubmission } from "./types";

const kMaxSeconds = 86_400;

export function toSubmission(session: PracticeSession, progress: RunProgress): PracticeSubmission {
  const answers = session.questions.slice(0, progress.index).map((question, index) => ({
    question_number: question.question_number,
    answer: progress.answers[index] ?? null,
    time_taken: Math.min(kMaxSeconds, Math.max(0, progress.times[index] ?? 0)),
  }));
  return { answers, time_taken: Math.min(kMaxSeconds, Math.max(0, progress.elapsed)) };
}
