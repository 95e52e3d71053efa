// The shape of GET /api/users/points/logs (the legacy shape, shared/spec/legacy/api.md), written by hand
// because the generated API types do not have this route yet.
// TODO(api-types): alias of api-types once the routes land

// One ledger row: signed points, what they were for, and when.
export type PointsLog = {
  id: number;
  points: number;
  source_type: string; // "mental_math", "paper_attempt", "daily_login", "admin_adjustment", …
  description: string;
  source_id: number | null; // the session or attempt it is for
  metadata: unknown;
  created_at: string;
};

// A page of the ledger, newest first, with the balance both ways (`match` when they agree).
// TODO(api-types): alias of api-types once the routes land
export type PointsLogs = {
  total_points_from_logs: number;
  total_points_from_user: number;
  match: boolean;
  total_entries: number;
  logs: PointsLog[];
};
