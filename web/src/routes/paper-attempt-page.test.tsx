// The paper attempt page in jsdom: the start screen, answers restored from the server, autosave (every few
// seconds when changed, and when the page is hidden), the clock carried over a reload, submit with the
// blank-answer question, the server's result with the review, the expired state and Re-attempt.
import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AttemptAnswersUpdate, AttemptValidity, PaperAttemptDetail } from "../features/attempts/types";
import { openApp } from "../test/app";
import { makeAttemptDetail, makeAttemptResult, makeAutosave, makeValidity } from "../test/attempts";
import { advance, useFakeClock } from "../test/fake-clock";
import { kQuestionTypes } from "../test/question-types";
import { server } from "../test/server";

const kStartKey = "anzan.attempt.5.started";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

type Served = { detail: () => PaperAttemptDetail; validity?: () => AttemptValidity; saves?: unknown[] };

function serve({ detail, validity = () => makeValidity(), saves = [] }: Served) {
  server.use(
    http.get("*/api/question-types", () => HttpResponse.json(kQuestionTypes)),
    http.get("*/api/papers/attempt/5", () => HttpResponse.json(detail())),
    http.get("*/api/papers/attempt/5/validate", () => HttpResponse.json(validity())),
    http.patch("*/api/papers/attempt/5", async ({ request }) => {
      const body = (await request.json()) as AttemptAnswersUpdate;
      saves.push(body);
      return HttpResponse.json(makeAutosave(5, body.answers));
    }),
  );
}

const answerBox = (id: number) => screen.getByLabelText(`Answer to question ${id}`);

describe("Paper attempt page", () => {
  it("starts from the server's answers and autosaves what changed", async () => {
    const saves: unknown[] = [];
    serve({ detail: () => makeAttemptDetail({ answers: { "1": 5 } }), saves });
    openApp("/papers/attempt/5");
    expect(await screen.findByRole("heading", { level: 1, name: "Basic Level 3" })).toBeInTheDocument();
    expect(screen.getByText("AB-3")).toBeInTheDocument();
    const blocks = screen.getByRole("list", { name: "Blocks" });
    expect(blocks).toHaveTextContent("Add/Sub Mix · 2");
    // A block without a title is named by the question types' label.
    expect(await within(blocks).findByText("Multiplication")).toBeInTheDocument();
    expect(screen.getByText("1 answer is already saved.")).toBeInTheDocument();

    useFakeClock();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    await user.click(screen.getByRole("button", { name: "Continue paper" }));
    expect(window.localStorage.getItem(kStartKey)).not.toBeNull();
    expect(answerBox(1)).toHaveValue("5");
    expect(screen.getByTestId("attempt-progress")).toHaveTextContent("1 / 3 answered");
    expect(screen.getByTestId("save-status")).toHaveTextContent("All answers saved");
    expect(screen.getByRole("button", { name: "Submit" })).toBeEnabled();

    // Letters are refused; Enter moves on to the next question.
    await user.type(answerBox(2), "9x{Enter}");
    expect(answerBox(2)).toHaveValue("9");
    expect(answerBox(3)).toHaveFocus();
    expect(screen.getByTestId("attempt-progress")).toHaveTextContent("2 / 3 answered");
    expect(screen.getByTestId("save-status")).toHaveTextContent("Saving soon…");
    await advance(5000);
    expect(saves).toEqual([{ answers: { "1": "5", "2": "9" } }]);
    expect(screen.getByTestId("save-status")).toHaveTextContent("All answers saved");
    await advance(10_000);
    expect(saves).toHaveLength(1);

    // Leaving the page saves at once.
    await user.type(answerBox(3), "-4");
    fireEvent(window, new Event("pagehide"));
    await advance(0);
    expect(saves.at(-1)).toEqual({ answers: { "1": "5", "2": "9", "3": "-4" } });
  }, 20_000);

  it("after a reload opens the paper where it was: the server's answers and this device's clock", async () => {
    window.localStorage.setItem(kStartKey, JSON.stringify(Date.now() - 65_000));
    serve({ detail: () => makeAttemptDetail({ answers: { "1": "5", "3": "48" } }) });
    openApp("/papers/attempt/5");
    expect(await screen.findByLabelText("Answer to question 3")).toHaveValue("48");
    expect(answerBox(1)).toHaveValue("5");
    expect(answerBox(2)).toHaveValue("");
    expect(screen.getByRole("timer", { name: "Time taken" })).toHaveTextContent(/^1:0[56]$/);
    expect(screen.getByTestId("attempt-progress")).toHaveTextContent("2 / 3 answered");
  });

  it("saves what is not saved yet when the sheet is left for another page", async () => {
    window.localStorage.setItem(kStartKey, JSON.stringify(Date.now() - 5_000));
    const saves: unknown[] = [];
    serve({ detail: () => makeAttemptDetail({ answers: { "1": "5" } }), saves });
    const user = userEvent.setup();
    const { router } = openApp("/papers/attempt/5");
    await user.type(await screen.findByLabelText("Answer to question 2"), "9");
    await act(() => router.navigate("/"));
    await vi.waitFor(() => expect(saves).toEqual([{ answers: { "1": "5", "2": "9" } }]));
  });

  it("asks before submitting blanks, then shows the server's result and the review", async () => {
    window.localStorage.setItem(kStartKey, JSON.stringify(Date.now() - 42_000));
    let completed = false;
    const submits: { answers: unknown; time_taken: number }[] = [];
    serve({
      detail: () => completed
        ? makeAttemptDetail({ status: "completed", answers: { "1": "5", "2": "8" }, correct_answers: 1, wrong_answers: 1,
          unattempted: 1, accuracy: 33.33, score: 1, points_earned: 7, time_taken: 42, seed: 42, total_points: 1257,
          completed_at: "2026-12-03T10:01:00+00:00" }, true)
        : makeAttemptDetail({ answers: { "1": "5" } }),
    });
    server.use(
      http.put("*/api/papers/attempt/5", async ({ request }) => {
        submits.push((await request.json()) as { answers: unknown; time_taken: number });
        completed = true;
        return HttpResponse.json(makeAttemptResult({ correct_answers: 1, wrong_answers: 1, unattempted: 1, accuracy: 33.33, score: 1,
          points_earned: 7, time_taken: 42, seed: 42, completed_at: "2026-12-03T10:01:00+00:00", total_points: 1257 }));
      }),
      http.post("*/api/papers/attempt", () =>
        HttpResponse.json({ detail: "Maximum attempts reached for this paper (2 of 2 used)" }, { status: 409 })),
    );
    const user = userEvent.setup();
    openApp("/papers/attempt/5");
    await user.click(await screen.findByRole("button", { name: "Submit" }));
    const ask = screen.getByRole("alertdialog", { name: "Submit with blank answers?" });
    expect(ask).toHaveTextContent("2 questions are still blank.");
    await user.click(within(ask).getByRole("button", { name: "Keep answering" }));
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();

    await user.type(answerBox(2), "8");
    await user.click(screen.getByRole("button", { name: "Submit paper" }));
    await user.click(within(screen.getByRole("alertdialog")).getByRole("button", { name: "Submit anyway" }));
    expect(await screen.findByTestId("result-message")).toHaveTextContent("Keep Practicing!");
    expect(submits).toHaveLength(1);
    expect(submits[0]?.answers).toEqual({ "1": "5", "2": "8" });
    expect(submits[0]?.time_taken).toBeGreaterThanOrEqual(42);
    expect(submits[0]?.time_taken).toBeLessThan(60);
    const figure = (label: string) => screen.getByText(label, { selector: "dt" }).nextElementSibling;
    expect(figure("Correct")).toHaveTextContent("1");
    expect(figure("Wrong")).toHaveTextContent("1");
    expect(figure("Not answered")).toHaveTextContent("1");
    expect(figure("Points earned")).toHaveTextContent("+7");
    expect(figure("Your points now")).toHaveTextContent("1,257");
    expect(window.localStorage.getItem(kStartKey)).toBeNull();

    const first = await screen.findByRole("row", { name: "Question 1" });
    expect(first).toHaveTextContent("4 + 3 - 2");
    expect(first).toHaveTextContent("✓ Right");
    const second = screen.getByRole("row", { name: "Question 2" });
    expect(within(second).getByText("8")).toBeInTheDocument();
    expect(within(second).getByText("9")).toBeInTheDocument();
    expect(second).toHaveTextContent("✗ Wrong");
    expect(screen.getByRole("row", { name: "Question 3" })).toHaveTextContent("Not answered");

    // Both attempts used: the server's reason.
    await user.click(screen.getByRole("button", { name: "Re-attempt" }));
    expect(await screen.findByText("Maximum attempts reached for this paper (2 of 2 used)")).toBeInTheDocument();
  });

  it("shows an expired attempt clearly, and starts the paper again", async () => {
    const starts: unknown[] = [];
    serve({ detail: () => makeAttemptDetail({ status: "abandoned", answers: { "1": "5" }, seed: 42, expires_at: null,
      completed_at: "2026-12-03T11:00:00+00:00" }), validity: () => makeValidity({ valid: false, reason: "expired", expires_at: null }) });
    server.use(
      http.post("*/api/papers/attempt", async ({ request }) => {
        starts.push(await request.json());
        return HttpResponse.json(makeAttemptDetail({ id: 6 }));
      }),
      http.get("*/api/papers/attempt/6", () => HttpResponse.json(makeAttemptDetail({ id: 6 }))),
      http.get("*/api/papers/attempt/6/validate", () => HttpResponse.json(makeValidity())),
    );
    const user = userEvent.setup();
    const { router } = openApp("/papers/attempt/5");
    expect(await screen.findByText("This attempt has expired")).toBeInTheDocument();
    expect(screen.queryByLabelText("Answer to question 1")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Re-attempt" }));
    expect(await screen.findByRole("button", { name: "Start paper" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/papers/attempt/6");
    expect(starts).toEqual([{ paper_title: "Basic Level 3", paper_level: "AB-3", paper_config: makeAttemptDetail().paper_config,
      seed: 42 }]);
  });
});
