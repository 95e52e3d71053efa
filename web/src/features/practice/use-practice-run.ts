// Runs the state machine of run.ts against the clock: one timer for the phase on screen (a second of the
// countdown, a flashed row, the answer window) and a fast tick for the time left. It reports the progress
// after every answer (to keep it for a reload) and the whole run once, when the last question is answered.
import { useEffect, useReducer, useRef } from "react";
import { initialRun, progressOf, runReducer, type RunProgress } from "./run";
import type { PracticeSession } from "./types";

const kTickMs = 200;
const kBreathMs = 1000;

type Callbacks = { onProgress: (progress: RunProgress) => void; onFinished: (progress: RunProgress) => void };

export function usePracticeRun(session: PracticeSession, start: RunProgress, { onProgress, onFinished }: Callbacks) {
  const [state, dispatch] = useReducer(runReducer, undefined, () => initialRun(session, start));
  const { phase, index } = state;

  useEffect(() => {
    const later = (ms: number, act: () => void) => {
      const timer = window.setTimeout(act, ms);
      return () => window.clearTimeout(timer);
    };
    switch (phase.kind) {
      case "ready":
        return later(1000, () => dispatch({ type: "count", at: Date.now() }));
      case "next":
        return later(kBreathMs, () => dispatch({ type: "begin", at: Date.now() }));
      case "flash":
        return later(session.seconds * 1000, () => dispatch({ type: "row", at: Date.now() }));
      case "answer": {
        const stop = later(Math.max(0, phase.deadline - Date.now()), () => dispatch({ type: "timeout", index, at: Date.now() }));
        const tick = window.setInterval(() => dispatch({ type: "tick", at: Date.now() }), kTickMs);
        return () => {
          stop();
          window.clearInterval(tick);
        };
      }
      case "done":
        return undefined;
    }
  }, [phase, index, session.seconds]);

  // Every answer is kept (the caller stores it), so a reload resumes from the next question.
  const { answers, times, elapsed } = state;
  useEffect(() => {
    onProgress({ answers, times, index, elapsed });
  }, [answers, times, index, elapsed, onProgress]);

  const finished = useRef(false);
  useEffect(() => {
    if (phase.kind !== "done" || finished.current) return;
    finished.current = true;
    onFinished(progressOf(state));
  }, [phase, state, onFinished]);

  return {
    state,
    type: (text: string) => dispatch({ type: "type", text }),
    submit: () => dispatch({ type: "submit", at: Date.now() }),
  };
}
