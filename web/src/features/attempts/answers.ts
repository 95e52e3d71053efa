// The answers of an attempt as the sheet holds them (text as typed, by question id) and as they are sent:
// only answers with a digit (a half-typed "-" is not sent; a blank is simply missing = unattempted).
import { answerForWire } from "../../lib/answer";
import type { AttemptAnswers, AttemptBlock, AttemptQuestion } from "./types";

export type Drafts = Record<string, string>;

export function draftsFrom(saved: AttemptAnswers | null | undefined): Drafts {
  const drafts: Drafts = {};
  for (const [id, value] of Object.entries(saved ?? {})) {
    if (typeof value === "number" && Number.isFinite(value)) drafts[id] = String(value);
    else if (typeof value === "string") drafts[id] = value;
  }
  return drafts;
}

export function wireAnswers(drafts: Drafts): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const [id, text] of Object.entries(drafts)) {
    const answer = answerForWire(text);
    if (answer !== null) answers[id] = answer;
  }
  return answers;
}

export function allQuestions(blocks: readonly AttemptBlock[]): AttemptQuestion[] {
  return blocks.flatMap((block) => block.questions);
}

export function answeredCount(drafts: Drafts, questions: readonly AttemptQuestion[]): number {
  return questions.filter((question) => answerForWire(drafts[String(question.id)] ?? "") !== null).length;
}

// The rows of a stacked sum ("4\n+ 3\n- 2"), one per line.
export function sumRows(question: AttemptQuestion): string[] {
  return question.text.split("\n");
}

// A question on one line, for the review ("4 + 3 - 2", "12 × 4 =").
export function questionLine(question: AttemptQuestion): string {
  return question.isVertical ? sumRows(question).map((row) => row.trim()).join(" ") : question.text;
}

// The paper-wide position of each block's first question.
export function blockOffsets(blocks: readonly AttemptBlock[]): number[] {
  const offsets: number[] = [];
  let next = 0;
  for (const block of blocks) {
    offsets.push(next);
    next += block.questions.length;
  }
  return offsets;
}
