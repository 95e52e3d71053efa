// The Season reset page: the dry run's counts for the chosen scope, the guide's lists, the RESET gate, the
// result with its backup file name, and the server's reason when another reset is running.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { setAuthToken } from "../lib/auth-token";
import { makeUser } from "../test/fixtures";
import { server } from "../test/server";
import { kRouteTree } from "./router";

function summary(users: number, extra: Record<string, unknown> = {}) {
  return { practice_sessions_deleted: users * 3 + 1000, paper_attempts_deleted: 2, rewards_deleted: 5, users_reset: users,
    leaderboard_entries_reset: users + 100, attempts_deleted: 40, points_logs_deleted: 9, backup: null, season_id: null, ...extra };
}

type Call = { url: string; body: unknown };

function open(calls: Call[], reset: () => Response) {
  setAuthToken("t");
  server.use(
    http.get("*/api/auth/config", () => HttpResponse.json({ academy_name: "Lotus Abacus", google_client_id: null })),
    http.get("*/api/users/me", () => HttpResponse.json(makeUser({ role: "admin" }))),
    http.post("*/api/users/admin/reset-progress", async ({ request }) => {
      const body = (await request.json()) as { branch?: string };
      calls.push({ url: request.url, body });
      if (new URL(request.url).searchParams.get("dry_run") === "true")
        return HttpResponse.json({ message: "Dry run: nothing was changed", summary: summary(body.branch ? 4 : 12) });
      return reset();
    }),
  );
  const router = createMemoryRouter(kRouteTree, { initialEntries: ["/admin/season-reset"] });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe("Season reset page", () => {
  it("counts, asks for RESET, resets and shows the backup", async () => {
    const calls: Call[] = [];
    open(calls, () => HttpResponse.json({ message: "All progress data reset successfully",
      summary: summary(4, { backup: "/var/lib/anzan/backups/anzan-20261126-0830.db", season_id: 3 }) }));
    const user = userEvent.setup();
    expect(await screen.findByText("12", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText("All user points, streaks, and statistics")).toBeInTheDocument();
    expect(screen.getByText("Fee plans and assignments")).toBeInTheDocument();
    expect(calls[0]?.body).toEqual({});

    await user.selectOptions(screen.getByLabelText("Branch"), "Gurgaon");
    expect(await screen.findByRole("heading", { name: /Gurgaon would remove/ })).toBeInTheDocument();
    const dry_runs = () => calls.filter((call) => call.url.includes("dry_run=true"));
    await screen.findAllByText("4");
    expect(dry_runs().at(-1)?.body).toEqual({ branch: "Gurgaon" });

    const button = screen.getByRole("button", { name: "Reset progress for Gurgaon" });
    expect(button).toBeDisabled();
    await user.type(screen.getByLabelText("Type RESET to confirm"), "RESET");
    await user.click(button);
    expect(await screen.findByText("All progress data reset successfully")).toBeInTheDocument();
    expect(screen.getByTestId("reset-backup")).toHaveTextContent("anzan-20261126-0830.db");
    expect(screen.getByTestId("reset-season")).toHaveTextContent("#3");
    const reset_call = calls.find((call) => !call.url.includes("dry_run"));
    expect(reset_call?.body).toEqual({ branch: "Gurgaon" });
  }, 20_000);

  it("shows the server's reason when another reset is running", async () => {
    const calls: Call[] = [];
    open(calls, () => HttpResponse.json({ detail: "Failed to reset progress data: a reset is already running" }, { status: 409 }));
    const user = userEvent.setup();
    await screen.findByText("12", {}, { timeout: 5000 });
    await user.type(screen.getByLabelText("Type RESET to confirm"), "RESET");
    await user.click(screen.getByRole("button", { name: "Reset progress for everyone" }));
    const alert = await screen.findByText(/a reset is already running/);
    expect(alert).toHaveTextContent("Another reset is running");
    expect(within(alert).queryByText("All progress data reset successfully")).not.toBeInTheDocument();
  }, 20_000);
});
