// Every seasons request, declared once (progress reset, archived seasons, final standings), typed
// with the generated API types (src/lib/api-types.ts). Nullable fields are shown as missing, never invented.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import type { components } from "../../lib/api-types";

type Schemas = components["schemas"];

export const kBranches = ["Rohini-16", "Rohini-11", "Gurgaon", "Online"] as const;
export const kCourses = ["Abacus", "Vedic Maths", "Handwriting"] as const;

// Which students a reset covers; absent = all.
export type ResetScope = { branch?: string; course?: string };

export type ResetResponse = Schemas["ResetResponse"];
export type ResetSummary = ResetResponse["summary"];
// One archived season. `scope` fields are null when the reset covered every branch / course;
// `students` is the number of standings rows. Admins also get who reset it and the backup path.
export type Season = Schemas["Season"];
export type Standing = Schemas["Standing"];

// GET /api/seasons/{id}/standings.
type StandingsAnswer = Schemas["SeasonStandings"];

export const seasonKeys = {
  all: ["seasons"] as const,
  dryRun: (scope: ResetScope) => ["seasons", "dry-run", scope.branch ?? null, scope.course ?? null] as const,
  list: ["seasons", "list"] as const,
  standings: (id: number) => ["seasons", "standings", id] as const,
};

function scope_body(scope: ResetScope): ResetScope {
  const body: ResetScope = {};
  if (scope.branch) body.branch = scope.branch;
  if (scope.course) body.course = scope.course;
  return body;
}

// POST /api/users/admin/reset-progress?dry_run=true (admin): what a reset of this scope would remove.
export function dryRunReset(scope: ResetScope, signal?: AbortSignal): Promise<ResetResponse> {
  return api<ResetResponse>("/api/users/admin/reset-progress?dry_run=true", { method: "POST", body: scope_body(scope), signal });
}

export function useResetDryRun(scope: ResetScope) {
  return useQuery({
    queryKey: seasonKeys.dryRun(scope),
    queryFn: ({ signal }) => dryRunReset(scope, signal),
    staleTime: 0,
    placeholderData: keepPreviousData,
  });
}

// POST /api/users/admin/reset-progress (admin): the reset itself. 409 while another reset runs.
export function resetProgress(scope: ResetScope): Promise<ResetResponse> {
  return api<ResetResponse>("/api/users/admin/reset-progress", { method: "POST", body: scope_body(scope) });
}

export function useResetProgress() {
  const query_client = useQueryClient();
  return useMutation({
    mutationFn: resetProgress,
    onSuccess: () => query_client.invalidateQueries({ queryKey: seasonKeys.all }),
  });
}

// GET /api/seasons: archived seasons, newest first.
export function getSeasons(signal?: AbortSignal): Promise<Season[]> {
  return api<Season[]>("/api/seasons", { signal });
}

export function useSeasons() {
  return useQuery({ queryKey: seasonKeys.list, queryFn: ({ signal }) => getSeasons(signal) });
}

export async function getStandings(id: number, signal?: AbortSignal): Promise<Standing[]> {
  const answer = await api<StandingsAnswer>(`/api/seasons/${id}/standings`, { signal });
  return answer.standings;
}

export function useStandings(id: number | null) {
  return useQuery({
    queryKey: seasonKeys.standings(id ?? 0),
    queryFn: ({ signal }) => getStandings(id ?? 0, signal),
    enabled: id !== null,
  });
}


// The backup's file name without its folder.
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
