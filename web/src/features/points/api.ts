// The points ledger request, declared once. Shapes in ./types.ts.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../lib/api";
import type { PointsLogs } from "./types";

export const pointsKeys = {
  logs: (limit: number, offset: number) => ["points", "logs", limit, offset] as const,
};

// GET /api/users/points/logs?limit=&offset= → a page of the caller's ledger, newest first.
export function getPointsLogs(limit: number, offset: number, signal?: AbortSignal): Promise<PointsLogs> {
  return api<PointsLogs>(`/api/users/points/logs?limit=${limit}&offset=${offset}`, { signal });
}

export function usePointsLogs(limit: number, offset: number) {
  return useQuery({
    queryKey: pointsKeys.logs(limit, offset),
    queryFn: ({ signal }) => getPointsLogs(limit, offset, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
