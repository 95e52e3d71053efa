// My papers: the papers set for a student (start one → its attempt page) and the student's attempts.
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { openApp } from "../test/app";
import type { AssignedPaper } from "../features/attempts/types";
import { makeAssignedPaper, makeAttempt, makeAttemptDetail, makeValidity } from "../test/attempts";
import { kQuestionTypes } from "../test/question-types";
import { server } from "../test/server";

function assigned(assignment_id: number, title: string, attempts_used: number): AssignedPaper {
  return makeAssignedPaper({ assignment_id, paper_id: 10 + assignment_id, title, attempts_used, can_attempt: attempts_used < 2 });
}

describe("My papers page", () => {
  it("starts a paper set for the student and lists the student's attempts", async () => {
    const starts: unknown[] = [];
    server.use(
      http.get("*/api/papers/for-me", () => HttpResponse.json([
        assigned(3, "Weekly test 4", 0), assigned(2, "Weekly test 3", 1), assigned(1, "Weekly test 1", 2),
      ])),
      http.get("*/api/papers/attempts", () => HttpResponse.json([
        makeAttempt({ id: 4, paper_title: "Weekly test 3", assignment_id: 2 }),
        makeAttempt({ id: 2, status: "completed", paper_title: "Weekly test 2", correct_answers: 8, wrong_answers: 1, unattempted: 1,
          total_questions: 10, accuracy: 80, points_earned: 48, time_taken: 300, seed: 9, completed_at: "2026-11-25T10:05:00+00:00" }),
        makeAttempt({ id: 1, status: "abandoned", paper_title: "Weekly test 1", seed: 8, completed_at: "2026-11-20T11:00:00+00:00" }),
      ])),
      http.post("*/api/papers/attempt", async ({ request }) => {
        starts.push(await request.json());
        return HttpResponse.json(makeAttemptDetail({ id: 9, paper_title: "Weekly test 4", assignment_id: 3 }));
      }),
      http.get("*/api/papers/attempt/9", () => HttpResponse.json(makeAttemptDetail({ id: 9, paper_title: "Weekly test 4" }))),
      http.get("*/api/papers/attempt/9/validate", () => HttpResponse.json(makeValidity())),
      http.get("*/api/question-types", () => HttpResponse.json(kQuestionTypes)),
    );
    const user = userEvent.setup();
    const { router } = openApp("/papers");
    expect(await screen.findByRole("link", { name: "Continue Weekly test 3" })).toHaveAttribute("href", "/papers/attempt/4");
    expect(screen.getByRole("link", { name: "See result of Weekly test 2" })).toHaveAttribute("href", "/papers/attempt/2");
    expect(screen.getByText("8 / 10 · 80%", { exact: false })).toBeInTheDocument();
    // A paper with an attempt still open is continued, not started again (that would use the second attempt).
    expect(screen.queryByRole("button", { name: "Start Weekly test 3" })).not.toBeInTheDocument();
    expect(screen.getAllByRole("link", { name: "Continue Weekly test 3" })).toHaveLength(2);
    // Both attempts used: it cannot be started again.
    expect(screen.queryByRole("button", { name: "Start Weekly test 1" })).not.toBeInTheDocument();
    expect(screen.getByText("Both attempts used")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Details of Weekly test 1" })).toHaveAttribute("href", "/papers/attempt/1");
    expect(screen.getByText("Expired")).toBeInTheDocument();

    await user.click(await screen.findByRole("button", { name: "Start Weekly test 4" }));
    expect(await screen.findByRole("button", { name: "Start paper" })).toBeInTheDocument();
    expect(starts).toEqual([{ assignment_id: 3 }]);
    expect(router.state.location.pathname).toBe("/papers/attempt/9");
  });

  it("tells staff where to try a paper", async () => {
    server.use(http.get("*/api/papers/attempts", () => HttpResponse.json([])));
    openApp("/papers", { role: "teacher" });
    expect(await screen.findByRole("link", { name: "Go to Worksheets" })).toHaveAttribute("href", "/worksheets");
    expect(await screen.findByText("No attempts yet")).toBeInTheDocument();
  });
});
