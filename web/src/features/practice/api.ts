// Every mental-maths request, declared once: a typed fetcher and its TanStack Query hook. The shapes are in
// ./types.ts (aliases of the generated API types).
import { useMutation, useQuery } from "@tanstack/react-query";
import { api } from "../../lib/api";
import type {
  NewPracticeSession,
  PracticeOptions,
  PracticeResult,
  PracticeSession,
  PracticeSubmission,
} from "./types";

export const practiceKeys = {
  options: ["practice", "options"] as const,
  session: (id: number) => ["practice", "session", id] as const,
};

// GET /api/practice/options (public) → the operations in menu order, each with its settings and timings.
export function getPracticeOptions(signal?: AbortSignal): Promise<PracticeOptions> {
  return api<PracticeOptions>("/api/practice/options", { auth: "none", signal });
}

export function usePracticeOptions() {
  return useQuery({ queryKey: practiceKeys.options, queryFn: ({ signal }) => getPracticeOptions(signal), staleTime: Infinity });
}

// POST /api/practice/sessions → 201 with the session and its questions; 422 with a reason for anything
// out of range or when the generator cannot make that many different questions.
export function startPracticeSession(request: NewPracticeSession): Promise<PracticeSession> {
  return api<PracticeSession>("/api/practice/sessions", { method: "POST", body: request });
}

export function useStartPracticeSession() {
  return useMutation({ mutationFn: startPracticeSession });
}

// GET /api/practice/sessions/{id} (own; 404 otherwise): to resume after a reload, or its result.
export function getPracticeSession(id: number, signal?: AbortSignal): Promise<PracticeSession> {
  return api<PracticeSession>(`/api/practice/sessions/${id}`, { signal });
}

export function usePracticeSession(id: number | null) {
  return useQuery({
    queryKey: practiceKeys.session(id ?? 0),
    queryFn: ({ signal }) => getPracticeSession(id ?? 0, signal),
    enabled: id !== null,
    staleTime: 0,
  });
}

// POST /api/practice/sessions/{id}/submit → the graded result. A repeat returns the stored result; after
// an hour the session is closed with 0 points (409 with the server's reason).
export function submitPracticeSession({ id, submission }: { id: number; submission: PracticeSubmission }): Promise<PracticeResult> {
  return api<PracticeResult>(`/api/practice/sessions/${id}/submit`, { method: "POST", body: submission });
}

export function useSubmitPracticeSession() {
  return useMutation({ mutationFn: submitPracticeSession });
}
