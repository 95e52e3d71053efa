// The Points page: the balance and the ledger as a paged table, each row with its signed points and a
// readable reason.
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import type { PointsLog, PointsLogs } from "../features/points/types";
import { openApp } from "../test/app";
import { server } from "../test/server";

// A ledger row as the server sends it: a session's or attempt's credit names it (source_id), others do not.
function log(id: number, points: number, source_type: string, description = ""): PointsLog {
  const source_id = source_type === "mental_math" || source_type === "paper_attempt" ? 100 + id : null;
  return { id, points, source_type, description, source_id, metadata: {}, created_at: "2026-12-03T10:00:00+00:00" };
}

const kFirstPage = [
  log(25, 39, "mental_math", "Mental math practice: add_sub (medium)"),
  log(24, 27, "paper_attempt", "Practice paper: Basic Level 3 (AB-3)"),
  log(23, 10, "daily_login", "Daily login bonus"),
  log(22, -100, "admin_adjustment", "Returned a duplicate credit"),
  log(21, -2000, "grace_skip"),
  log(20, 50, "streak_bonus_7"),
  ...Array.from({ length: 14 }, (_, index) => log(19 - index, 6, "mental_math")),
];

describe("Points page", () => {
  it("shows the balance and the ledger page by page", async () => {
    const asked: string[] = [];
    server.use(
      http.get("*/api/users/points/logs", ({ request }) => {
        const url = new URL(request.url);
        asked.push(url.search);
        const offset = Number(url.searchParams.get("offset"));
        return HttpResponse.json({ total_points_from_logs: 1250, total_points_from_user: 1250, match: true, total_entries: 25,
          logs: offset === 0 ? kFirstPage
            : [log(5, 10, "daily_login"), log(4, 6, "mental_math"), log(3, 6, "mental_math"), log(2, 6, "mental_math"),
              log(1, 1200, "opening_balance", "Balance carried over")] } satisfies PointsLogs);
      }),
    );
    const user = userEvent.setup();
    openApp("/points");
    expect(await screen.findByTestId("points-balance")).toHaveTextContent("1,250");
    expect(asked[0]).toBe("?limit=20&offset=0");
    const rows = screen.getAllByRole("row").slice(1);
    expect(rows).toHaveLength(20);
    expect(rows[0]).toHaveTextContent("Mental maths");
    expect(rows[0]).toHaveTextContent("Mental math practice: add_sub (medium)");
    expect(within(rows[0]!).getByText("+39")).toHaveClass("points-plus");
    expect(rows[1]).toHaveTextContent("Paper");
    expect(rows[2]).toHaveTextContent("Daily login bonus");
    expect(rows[3]).toHaveTextContent("Adjusted by staff");
    expect(within(rows[3]!).getByText("−100")).toHaveClass("points-minus");
    expect(rows[4]).toHaveTextContent("Streak grace skip");
    expect(within(rows[4]!).getByText("−2,000")).toBeInTheDocument();
    expect(rows[5]).toHaveTextContent("Streak bonus");
    expect(screen.getByText("1–20 of 25")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "← Newer" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "Older →" }));
    expect(await screen.findByText("21–25 of 25")).toBeInTheDocument();
    expect(asked.at(-1)).toBe("?limit=20&offset=20");
    expect(screen.getByText("Carried over")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Older →" })).toBeDisabled();
    // The header shows the points too, and leads here.
    expect(screen.getByRole("link", { name: "Points: 1,250" })).toHaveAttribute("href", "/points");
  });

  it("says when there are no points yet", async () => {
    server.use(http.get("*/api/users/points/logs", () =>
      HttpResponse.json({ total_points_from_logs: 0, total_points_from_user: 0, match: true, total_entries: 0,
        logs: [] } satisfies PointsLogs)));
    openApp("/points", { total_points: 0 });
    expect(await screen.findByText("No points yet")).toBeInTheDocument();
  });

  it("shows the server's reason when the ledger cannot be read", async () => {
    server.use(http.get("*/api/users/points/logs", () => HttpResponse.json({ detail: "Database is busy" }, { status: 503 })));
    openApp("/points");
    expect(await screen.findByText("Could not load your points")).toBeInTheDocument();
    expect(screen.getByText("Database is busy")).toBeInTheDocument();
  });
});
