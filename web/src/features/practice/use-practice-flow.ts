// The mental-maths page from start to end: a session left unfinished on this device (checked with the
// server: resume it, or its result if it was submitted), the settings, the run, the submit and the result.
// The run is kept in localStorage after every answer, so a reload loses nothing but the current question.
import { useCallback, useEffect, useState } from "react";
import { ApiError, errorMessage } from "../../lib/api";
import { usePracticeSession, useStartPracticeSession, useSubmitPracticeSession } from "./api";
import type { RunProgress } from "./run";
import { clearStoredRun, kNoProgress, readStoredRun, storeRun, type StoredRun } from "./stored-run";
import { toSubmission } from "./submission";
import type { NewPracticeSession, PracticeResult, PracticeSession } from "./types";

export type PracticeView =
  | { kind: "settings" }
  | { kind: "run"; session: PracticeSession; start: RunProgress }
  | { kind: "submitting"; session: PracticeSession; progress: RunProgress }
  | { kind: "result"; result: PracticeResult };

export function usePracticeFlow(user_id: number, onGraded: (result: PracticeResult) => void) {
  const [stored, set_stored] = useState<StoredRun | null>(() => readStoredRun(user_id));
  const [view, set_view] = useState<PracticeView>({ kind: "settings" });
  const [listening, set_listening] = useState(stored?.listening ?? false);
  const [closed, set_closed] = useState<string | null>(null);
  const check = usePracticeSession(view.kind === "settings" && stored !== null ? stored.session_id : null);
  const start = useStartPracticeSession();
  const submit = useSubmitPracticeSession();

  // What the server says of the stored session.
  const found = stored !== null && check.isSuccess && check.data.id === stored.session_id ? check.data : null;
  const gone = stored !== null && check.isError && check.error instanceof ApiError && check.error.status === 404;
  const finished = found !== null && found.status !== "open";
  useEffect(() => {
    if (gone || finished) clearStoredRun(user_id);
  }, [gone, finished, user_id]);

  const forget = () => {
    clearStoredRun(user_id);
    set_stored(null);
  };

  const run = (session: PracticeSession, progress: RunProgress, listen: boolean) => {
    const kept: StoredRun = { session_id: session.id, listening: listen, ...progress };
    storeRun(user_id, kept);
    set_stored(kept);
    set_closed(null);
    set_view({ kind: "run", session, start: progress });
  };

  const send = (session: PracticeSession, progress: RunProgress) => {
    set_view({ kind: "submitting", session, progress });
    submit.mutate({ id: session.id, submission: toSubmission(session, progress) }, {
      onSuccess: (result) => {
        forget();
        set_view({ kind: "result", result });
        onGraded(result);
      },
      onError: (error) => {
        // 409: the hour is over and the session closed with 0 points; nothing left to resume.
        if (error instanceof ApiError && error.status === 409) {
          forget();
          set_closed(error.detail);
          set_view({ kind: "settings" });
        }
      },
    });
  };

  const session_id = view.kind === "run" ? view.session.id : null;
  const keep = useCallback((progress: RunProgress) => {
    if (session_id !== null) storeRun(user_id, { session_id, listening, ...progress });
  }, [session_id, user_id, listening]);

  return {
    view,
    listening,
    setListening: set_listening,
    closedNotice: closed,
    checking: stored !== null && view.kind === "settings" && check.isPending,
    checkError: stored !== null && check.isError && !gone ? check.error : null,
    retryCheck: () => void check.refetch(),
    resumable: found !== null && found.status === "open" && stored !== null ? { session: found, progress: stored } : null,
    storedResult: found !== null && found.status === "completed" ? found.result : null,
    storedExpired: found !== null && found.status === "expired",
    resume: () => {
      if (found !== null && stored !== null) run(found, stored, stored.listening);
    },
    discard: forget,
    starting: start.isPending,
    startError: start.isError ? errorMessage(start.error) : null,
    begin: (request: NewPracticeSession) =>
      start.mutate(request, { onSuccess: (session) => run(session, kNoProgress, listening) }),
    keep,
    finish: (progress: RunProgress) => {
      if (view.kind === "run") send(view.session, progress);
    },
    submitError: submit.isError ? submit.error : null,
    retrySubmit: () => {
      if (view.kind === "submitting") send(view.session, view.progress);
    },
    again: () => {
      forget();
      start.reset();
      set_view({ kind: "settings" });
    },
  };
}
