// Where an attempt stands, from its detail and the validate route: open (may be answered), completed
// (graded), or expired (the server abandoned it: untouched for an hour, closed with 0 points).
import type { AttemptValidity, NewAttempt, PaperAttemptDetail } from "./types";

export type AttemptState = "open" | "completed" | "expired";

export function attemptState(detail: PaperAttemptDetail, validity: AttemptValidity | undefined): AttemptState {
  if (detail.status === "completed") return "completed";
  if (detail.status === "abandoned") return "expired";
  // The detail closes a stale attempt when read; validate reports it as expired without closing it.
  if (validity?.valid === false && validity.reason === "expired") return "expired";
  if (validity?.valid === false && validity.reason === "completed") return "completed";
  return "open";
}

// What POST /api/papers/attempt needs to start this paper again: the paper set for the student, or the
// same title, config and seed (the server generates the same questions from them; the seed is sent once
// the attempt is closed).
export function reattemptRequest(detail: PaperAttemptDetail): NewAttempt {
  if (detail.assignment_id !== null) return { assignment_id: detail.assignment_id };
  return { paper_title: detail.paper_title, paper_level: detail.paper_level, paper_config: detail.paper_config, seed: detail.seed };
}
