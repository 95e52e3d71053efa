// The per-question review of a completed attempt, block by block: the server's result for each question
// (the answer it read, the correct answer, right or wrong). Without results (an attempt closed some other
// way) the saved answer and the answer key are shown, unmarked.
import { answerForWire } from "../../lib/answer";
import type { AttemptQuestion, PaperAttemptDetail } from "./types";

export type ReviewMark = "right" | "wrong" | "blank" | null;

export type ReviewRow = { question: AttemptQuestion; given: string | null; correct: string | null; mark: ReviewMark };

export type ReviewBlock = { title: string; rows: ReviewRow[] };

function saved_answer(detail: PaperAttemptDetail, question: AttemptQuestion): string | null {
  const value = detail.answers[String(question.id)];
  return value === null || value === undefined ? null : answerForWire(String(value));
}

export function reviewRows(detail: PaperAttemptDetail, blockTitles: readonly string[]): ReviewBlock[] {
  const results = new Map((detail.results ?? []).map((result) => [result.question_id, result]));
  return detail.generated_blocks.map((block, index) => ({
    title: blockTitles[index] ?? `Block ${index + 1}`,
    rows: block.questions.map((question): ReviewRow => {
      const result = results.get(question.id);
      if (result === undefined)
        return { question, given: saved_answer(detail, question), correct: question.answer_text ?? null, mark: null };
      return { question, given: result.given, correct: result.correct_answer,
        mark: !result.answered ? "blank" : result.is_correct ? "right" : "wrong" };
    }),
  }));
}
