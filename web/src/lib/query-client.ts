// TanStack Query defaults for the app: retry only what may succeed on retry (network and 5xx), never a 4xx.
import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api";

function should_retry(failure_count: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failure_count < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: should_retry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
