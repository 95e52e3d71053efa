// Every paper-attempt request, declared once: a typed fetcher and its TanStack Query hook. The shapes are
// in ./types.ts (aliases of the generated API types).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import { clearAttemptStart } from "./attempt-clock";
import type {
  AssignedPaper,
  AttemptAnswersUpdate,
  AttemptAutosave,
  AttemptSubmission,
  AttemptValidity,
  NewAttempt,
  PaperAttempt,
  PaperAttemptDetail,
  PaperAttemptResult,
} from "./types";

export const attemptKeys = {
  all: ["attempts"] as const,
  mine: ["attempts", "mine"] as const,
  forMe: ["attempts", "for-me"] as const,
  detail: (id: number) => ["attempts", "detail", id] as const,
  validity: (id: number) => ["attempts", "validity", id] as const,
};

// POST /api/papers/attempt → the new attempt with its questions. 409 with the server's reason when both
// attempts at this paper are used; 404 for an assignment that is not the student's.
export function startAttempt(request: NewAttempt): Promise<PaperAttemptDetail> {
  return api<PaperAttemptDetail>("/api/papers/attempt", { method: "POST", body: request });
}

export function useStartAttempt() {
  const query_client = useQueryClient();
  return useMutation({
    mutationFn: startAttempt,
    onSuccess: (detail) => {
      query_client.setQueryData(attemptKeys.detail(detail.id), detail);
      void query_client.invalidateQueries({ queryKey: attemptKeys.mine });
      void query_client.invalidateQueries({ queryKey: attemptKeys.forMe });
    },
  });
}

// GET /api/papers/attempt/{id} (own; 404 otherwise): the questions, the answers saved so far, the status;
// the answer key once completed.
export function getAttempt(id: number, signal?: AbortSignal): Promise<PaperAttemptDetail> {
  return api<PaperAttemptDetail>(`/api/papers/attempt/${id}`, { signal });
}

export function useAttempt(id: number) {
  return useQuery({ queryKey: attemptKeys.detail(id), queryFn: ({ signal }) => getAttempt(id, signal), staleTime: 0 });
}

// GET /api/papers/attempt/{id}/validate → {valid, reason}: whether it may still be answered.
export function validateAttempt(id: number, signal?: AbortSignal): Promise<AttemptValidity> {
  return api<AttemptValidity>(`/api/papers/attempt/${id}/validate`, { signal });
}

export function useAttemptValidity(id: number) {
  return useQuery({ queryKey: attemptKeys.validity(id), queryFn: ({ signal }) => validateAttempt(id, signal), staleTime: 0 });
}

// PATCH /api/papers/attempt/{id} {answers}: the autosave (the saved answers become exactly these).
// `keepalive` lets the save made as the page is hidden or closed finish after it is gone.
export function saveAnswers({ id, answers, keepalive = false }: { id: number; answers: Record<string, string>; keepalive?: boolean }): Promise<AttemptAutosave> {
  return api<AttemptAutosave>(`/api/papers/attempt/${id}`, { method: "PATCH", body: { answers } satisfies AttemptAnswersUpdate, keepalive });
}

// PUT /api/papers/attempt/{id} {answers, time_taken} → the graded attempt and the balance; a repeat returns
// the stored result; 409 once abandoned.
export function submitAttempt({ id, submission }: { id: number; submission: AttemptSubmission }): Promise<PaperAttemptResult> {
  return api<PaperAttemptResult>(`/api/papers/attempt/${id}`, { method: "PUT", body: submission });
}

// Once graded, this device's clock for the attempt is dropped and the attempt read again (for its answer
// key). The reads are not awaited, so the caller's own onSuccess runs before the refreshed attempt (now
// completed) replaces the screen it was called from.
export function useSubmitAttempt() {
  const query_client = useQueryClient();
  return useMutation({
    mutationFn: submitAttempt,
    onSuccess: (_result, { id }) => {
      clearAttemptStart(id);
      void query_client.invalidateQueries({ queryKey: attemptKeys.detail(id) });
      void query_client.invalidateQueries({ queryKey: attemptKeys.validity(id) });
      void query_client.invalidateQueries({ queryKey: attemptKeys.mine });
    },
  });
}

// GET /api/papers/attempts → the caller's attempts, newest first.
export function getMyAttempts(signal?: AbortSignal): Promise<PaperAttempt[]> {
  return api<PaperAttempt[]>("/api/papers/attempts?limit=20", { signal });
}

export function useMyAttempts() {
  return useQuery({ queryKey: attemptKeys.mine, queryFn: ({ signal }) => getMyAttempts(signal), staleTime: 0 });
}

// GET /api/papers/for-me → the saved papers set for the student's branch (and level).
export function getPapersForMe(signal?: AbortSignal): Promise<AssignedPaper[]> {
  return api<AssignedPaper[]>("/api/papers/for-me", { signal });
}

export function usePapersForMe() {
  return useQuery({ queryKey: attemptKeys.forMe, queryFn: ({ signal }) => getPapersForMe(signal) });
}
