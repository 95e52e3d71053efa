// The shapes of the paper-attempt routes (docs/practice.md, "Paper attempts": the legacy shapes of
// shared/spec/legacy/gamification.md §5 plus Anzan's fields), taken from the generated API types
// (src/lib/api-types.ts, built from the server's route table: src/papers/schemas.cpp). Answers are keyed
// by question id (as text); an answer is text (a number is read as its decimal text); blank, null or
// missing = unattempted.
import type { components } from "../../lib/api-types";

type Schemas = components["schemas"];

// A row of GET /api/papers/attempts, and the core of every attempt answer. `seed` is null while the
// attempt is open (with the config it would give the answers); `time_taken` is null while open and when
// abandoned.
export type PaperAttempt = Schemas["PaperAttempt"];

// "abandoned": left untouched for an hour, so closed with 0 points (shown as expired).
export type AttemptStatus = PaperAttempt["status"];

// PUT /api/papers/attempt/{id}: the graded attempt and the caller's balance.
export type PaperAttemptResult = Schemas["PaperAttemptResult"];

// GET /api/papers/attempt/{id} and POST /api/papers/attempt: the attempt with its paper, the answers saved
// so far, when it closes unless touched (null once closed), and, once completed, every question's result.
export type PaperAttemptDetail = Schemas["PaperAttemptDetail"];

export type AttemptAnswers = PaperAttemptDetail["answers"];

// A generated question as the attempt stores it. `answer` and `answer_text` (the key) only once closed.
export type AttemptQuestion = Schemas["AttemptQuestion"];

export type AttemptBlock = PaperAttemptDetail["generated_blocks"][number];

// One question of a completed attempt as the server graded it.
export type AttemptQuestionResult = NonNullable<PaperAttemptDetail["results"]>[number];

// POST /api/papers/attempt: one of {assignment_id} (a paper set for the student), {paper_id} (a saved
// paper), or the legacy body {paper_title, paper_level, paper_config, seed} (the server generates from
// paper_config + seed; generated_blocks is ignored). The server reads `paper_config` as a preview reads its
// config, so it may be the worksheet builder's: a block's title left out, constraints by wire name, the type
// names judged by the server. The generated PaperConfig is the complete shape the server answers with.
type StartBlock = Omit<Schemas["BlockConfig"], "title" | "type" | "constraints"> & {
  type: string;
  title?: string | null;
  constraints: Record<string, number | boolean | null | undefined>;
};
export type NewAttempt = Omit<Schemas["PaperAttemptStart"], "paper_config"> & {
  paper_config?: Omit<Schemas["PaperConfig"], "blocks"> & { blocks: StartBlock[] };
};

// PATCH /api/papers/attempt/{id} {answers} (all of them: the saved set is replaced) → AttemptAutosave.
export type AttemptAnswersUpdate = Schemas["PaperAttemptAnswers"];
export type AttemptAutosave = Schemas["PaperAttemptAutosave"];

// PUT /api/papers/attempt/{id}: `answers` absent means the autosaved ones.
export type AttemptSubmission = Schemas["PaperAttemptSubmit"];

// GET /api/papers/attempt/{id}/validate (always 200); an abandoned attempt's reason is "expired".
export type AttemptValidity = Schemas["PaperAttemptValidity"];

// GET /api/papers/for-me: the saved papers a teacher set for the student's branch (and level).
export type AssignedPaper = Schemas["AssignedPaper"];
