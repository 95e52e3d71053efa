// A mental-maths run as a pure state machine: "Get ready" 3-2-1, then for each question either its rows
// flashed one by one and an answer window (flash types), or one answer window (other types). An answer
// is given with Enter or by the clock running out (then whatever is typed, possibly nothing, is taken).
// Timers live in use-practice-run.ts; every action carries the time it happened, so this stays pure.
import { answerForWire, isAnswerDraft } from "../../lib/answer";
import type { PracticeSession } from "./types";

// What has been answered so far: answers[i] and times[i] for every i < index. `elapsed` is the seconds
// spent on those questions (flashing included), the session's time_taken.
export type RunProgress = { answers: (string | null)[]; times: number[]; index: number; elapsed: number };

export type Phase =
  | { kind: "ready"; count: number } // "Get ready": count 3, 2, 1
  | { kind: "next" } // a breath between two flashed questions
  | { kind: "flash"; row: number }
  | { kind: "answer"; opened: number; deadline: number }
  | { kind: "done" };

export type RunState = RunProgress & {
  phase: Phase;
  draft: string; // what is typed in the answer box
  clock: number; // the last tick, for the time left
  question_started: number;
  flash: boolean;
  seconds: number;
  answer_seconds: number;
  rows: number[]; // rows per question
};

export type RunAction =
  | { type: "count"; at: number }
  | { type: "begin"; at: number }
  | { type: "row"; at: number }
  | { type: "tick"; at: number }
  | { type: "type"; text: string }
  | { type: "submit"; at: number }
  | { type: "timeout"; index: number; at: number };

export const kGetReadyFrom = 3;

export function initialRun(session: PracticeSession, start: RunProgress): RunState {
  const total = session.questions.length;
  return {
    answers: start.answers.slice(0, start.index),
    times: start.times.slice(0, start.index),
    index: Math.min(start.index, total),
    elapsed: start.elapsed,
    phase: start.index >= total ? { kind: "done" } : { kind: "ready", count: kGetReadyFrom },
    draft: "",
    clock: 0,
    question_started: 0,
    flash: session.flash,
    seconds: session.seconds,
    answer_seconds: session.answer_seconds,
    rows: session.questions.map((question) => question.rows.length),
  };
}

// Shows question `state.index`: its first row, or its answer window.
function begin(state: RunState, at: number): RunState {
  if (state.index >= state.rows.length) return { ...state, phase: { kind: "done" } };
  const started = { ...state, question_started: at, clock: at };
  if (state.flash && (state.rows[state.index] ?? 0) > 0) return { ...started, phase: { kind: "flash", row: 0 } };
  const window_seconds = state.flash ? state.answer_seconds : state.seconds;
  return { ...started, phase: { kind: "answer", opened: at, deadline: at + window_seconds * 1000 } };
}

function record(state: RunState, answer: string | null, opened: number, at: number): RunState {
  const index = state.index + 1;
  const recorded: RunState = {
    ...state,
    answers: [...state.answers, answer],
    times: [...state.times, Math.max(0, Math.round((at - opened) / 100) / 10)],
    index,
    elapsed: Math.round((state.elapsed + Math.max(0, at - state.question_started) / 1000) * 10) / 10,
    draft: "",
  };
  if (index >= state.rows.length) return { ...recorded, phase: { kind: "done" } };
  return state.flash ? { ...recorded, phase: { kind: "next" } } : begin(recorded, at);
}

export function runReducer(state: RunState, action: RunAction): RunState {
  const { phase } = state;
  switch (action.type) {
    case "count":
      if (phase.kind !== "ready") return state;
      return phase.count > 1 ? { ...state, phase: { kind: "ready", count: phase.count - 1 } } : begin(state, action.at);
    case "begin":
      return phase.kind === "next" ? begin(state, action.at) : state;
    case "row": {
      if (phase.kind !== "flash") return state;
      const next = phase.row + 1;
      if (next < (state.rows[state.index] ?? 0)) return { ...state, phase: { kind: "flash", row: next } };
      return { ...state, clock: action.at,
        phase: { kind: "answer", opened: action.at, deadline: action.at + state.answer_seconds * 1000 } };
    }
    case "tick":
      return phase.kind === "answer" ? { ...state, clock: action.at } : state;
    case "type":
      return isAnswerDraft(action.text) ? { ...state, draft: action.text } : state;
    case "submit": {
      // Enter on an empty box does nothing: the clock takes a blank answer when it runs out.
      const answer = answerForWire(state.draft);
      if (phase.kind !== "answer" || answer === null) return state;
      return record(state, answer, phase.opened, action.at);
    }
    case "timeout":
      if (phase.kind !== "answer" || action.index !== state.index) return state;
      return record(state, answerForWire(state.draft), phase.opened, action.at);
  }
}

// Seconds left in the answer window, rounded up (what the countdown shows), and the fraction left.
export function timeLeft(state: RunState): { seconds: number; fraction: number } | null {
  const { phase } = state;
  if (phase.kind !== "answer") return null;
  const total = phase.deadline - phase.opened;
  const left = Math.max(0, phase.deadline - Math.max(state.clock, phase.opened));
  return { seconds: Math.ceil(left / 1000), fraction: total > 0 ? left / total : 0 };
}

export function progressOf(state: RunState): RunProgress {
  return { answers: state.answers, times: state.times, index: state.index, elapsed: state.elapsed };
}
