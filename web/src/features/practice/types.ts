// The shapes of the mental-maths routes (docs/practice.md, "Mental maths"), taken from the generated API
// types (src/lib/api-types.ts, built from the server's route table: src/practice/schemas.cpp).
import type { components } from "../../lib/api-types";

type Schemas = components["schemas"];

// GET /api/practice/options: the operations in menu order, the most questions a session may have, and how
// long a session stays open.
export type PracticeOptions = Schemas["PracticeOptions"];

// An operation: its type ("add_sub", "multiplication", …), label, whether it is a flash type (rows shown one
// by one; the timing is then per row), its settings in form order, and its timing.
export type PracticeOperation = PracticeOptions["operations"][number];

// A setting by its constraint wire name ("digits", "rows", "multiplicandDigits", …), with its legacy range.
export type PracticeSetting = PracticeOperation["settings"][number];

// Seconds per row (unit "row", flash types) or per question, for each preset; a custom value is one of
// `custom_values` when that list is not empty, else a whole number of seconds custom_min..custom_max.
// `answer_seconds`: the answer window after the last flashed row (null for other types).
export type PracticeTiming = PracticeOperation["timing"];

export type DifficultyMode = NonNullable<Schemas["PracticeSessionRequest"]["difficulty_mode"]>;

// POST /api/practice/sessions. `seconds` only with "custom" (one of the custom values); null otherwise.
export type NewPracticeSession = Schemas["PracticeSessionRequest"];

// `rows`: the stacked column of a vertical question ("12", "+34", "-5"); [] for a horizontal one, whose
// `text` is the question ("52 × 4", "√5184", "45% of 900").
export type PracticeQuestion = Schemas["PracticeQuestion"];

// The answer of POST /api/practice/sessions and GET /api/practice/sessions/{id}. Questions never carry
// answers while open; `result` is filled once completed. `seconds` is per row for flash types, per question
// otherwise; `answer_seconds` is the window after the last flashed row (15), `seconds` for other types.
export type PracticeSession = Schemas["PracticeSession"];

export type PracticeStatus = PracticeSession["status"];

// POST /api/practice/sessions/{id}/submit. A question with no entry (or a null answer) is unattempted.
export type PracticeSubmission = Schemas["PracticeSubmit"];
export type PracticeAnswer = NonNullable<PracticeSubmission["answers"]>[number];

// The graded session (also PracticeSession.result): counts, points earned, the balance after them
// (`total_points`), and each question with the answer given and the correct one.
export type PracticeResult = Schemas["PracticeResult"];

export type ReviewedQuestion = PracticeResult["questions"][number];
