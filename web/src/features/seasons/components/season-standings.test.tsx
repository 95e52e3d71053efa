import { screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderWithProviders } from "../../../test/render";
import { server } from "../../../test/server";
import { SeasonStandings } from "./season-standings";

// As src/seasons/json.cpp writes them.
const kSeason = { id: 3, name: "Season ending 2026-11-26", scope: { branch: null, course: null },
  started_at: "2026-08-01T00:00:00Z", ended_at: "2026-11-26T10:00:00Z", students: 2 };
const kRows = [
  { rank: 1, user_id: 7, name: "Asha Rao", public_id: "TH-0007", branch: "Gurgaon", course: "Abacus", level: "AB-3",
    final_points: 1520, weekly_points: 40, current_streak: 3, longest_streak: 12, total_questions_attempted: 940,
    badges_count: 4, badges: ["first_steps", "streak_7", "century", "speedster"] },
  { rank: 2, user_id: 9, name: "Ravi Kumar", public_id: null, branch: null, course: "Vedic Maths", level: null,
    final_points: 80, weekly_points: 0, current_streak: 0, longest_streak: null, total_questions_attempted: 35,
    badges_count: 0, badges: [] },
];

describe("SeasonStandings", () => {
  it("shows the standings as a table, with what is missing as a dash", async () => {
    server.use(http.get("*/api/seasons/3/standings", () => HttpResponse.json({ season: kSeason, standings: kRows })));
    renderWithProviders(<SeasonStandings seasonId={3} />);
    const rows = await screen.findAllByRole("row");
    expect(rows).toHaveLength(3);
    const first = within(rows[1]!);
    expect(first.getByText("Asha Rao")).toBeInTheDocument();
    expect(first.getByText("TH-0007")).toBeInTheDocument();
    expect(first.getByText("1,520")).toBeInTheDocument();
    expect(first.getByText("Abacus · AB-3")).toBeInTheDocument();
    const second = within(rows[2]!);
    expect(second.getByRole("cell", { name: "2" })).toBeInTheDocument();
    expect(second.getAllByText("—")).toHaveLength(2);
  });

  it("says so when a season has no standings", async () => {
    server.use(http.get("*/api/seasons/5/standings", () => HttpResponse.json({ season: { ...kSeason, id: 5, students: 0 }, standings: [] })));
    renderWithProviders(<SeasonStandings seasonId={5} />);
    expect(await screen.findByText("No standings in this season")).toBeInTheDocument();
  });

  it("shows the server's reason when the standings cannot load", async () => {
    server.use(http.get("*/api/seasons/6/standings", () => HttpResponse.json({ detail: "Season not found" }, { status: 404 })));
    renderWithProviders(<SeasonStandings seasonId={6} />);
    expect(await screen.findByText("Could not load the standings")).toBeInTheDocument();
    expect(screen.getByText("Season not found")).toBeInTheDocument();
  });
});
