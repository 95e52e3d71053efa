// The shape of GET /api/users/points/logs (the legacy shape, shared/spec/legacy/api.md), taken from the
// generated API types (src/lib/api-types.ts, built from the server's route table: src/practice/schemas.cpp).
import type { components } from "../../lib/api-types";

// A page of the ledger, newest first, with the balance both ways (`match` when they agree).
export type PointsLogs = components["schemas"]["PointsLogs"];

// One ledger row: signed points, what they were for (`source_type`: "mental_math", "paper_attempt",
// "daily_login", "admin_adjustment", …, and the session or attempt as `source_id`), and when.
export type PointsLog = PointsLogs["logs"][number];
