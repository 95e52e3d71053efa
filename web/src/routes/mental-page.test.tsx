// The Mental maths page in jsdom: the settings become the session request; a flash session shows its rows
// one by one, takes the answers (Enter, or the clock running out) and submits them with their times; the
// end screen is the server's result; a session left unfinished is resumed after a reload (or dropped).
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { openApp } from "../test/app";
import { advance, useFakeClock } from "../test/fake-clock";
import { kPracticeOptions, makePracticeResult, makePracticeSession } from "../test/practice";
import { server } from "../test/server";

const kRunKey = "anzan.practice.run.1";

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function serveOptions() {
  server.use(http.get("*/api/practice/options", () => HttpResponse.json(kPracticeOptions)));
}

function serveSubmit(bodies: unknown[], result = makePracticeResult()) {
  server.use(
    http.post("*/api/practice/sessions/17/submit", async ({ request }) => {
      bodies.push(await request.json());
      return HttpResponse.json(result);
    }),
  );
}

function stored(): unknown {
  const text = window.localStorage.getItem(kRunKey);
  return text === null ? null : JSON.parse(text);
}

describe("Mental maths page", () => {
  it("sends the chosen settings, and shows the server's refusal", async () => {
    const bodies: unknown[] = [];
    serveOptions();
    server.use(
      http.post("*/api/practice/sessions", async ({ request }) => {
        bodies.push(await request.json());
        if (bodies.length === 1) return HttpResponse.json({ detail: "Cannot make 10 different questions" }, { status: 422 });
        return HttpResponse.json(makePracticeSession({ flash: false, operation_type: "multiplication", seconds: 10, answer_seconds: 10,
          questions: [{ question_number: 1, text: "52 × 4", rows: [], is_vertical: false }] }), { status: 201 });
      }),
    );
    const user = userEvent.setup();
    openApp("/mental");
    const operation = await screen.findByLabelText("Operation");
    expect(within(operation).getAllByRole("option").map((option) => option.textContent)).toEqual(["Addition & Subtraction", "Multiplication"]);
    expect(screen.getByLabelText("Digits per number")).toHaveValue("2");
    expect(screen.getByRole("radio", { name: /Medium/ })).toBeChecked();
    expect(screen.getByRole("radio", { name: /Easy/ })).toHaveAccessibleName("Easy 1.8 s");

    const rows = screen.getByLabelText("Rows");
    await user.clear(rows);
    await user.type(rows, "25");
    expect(rows).toHaveAccessibleDescription("A whole number from 3 to 20.");
    expect(screen.getByRole("button", { name: "Start" })).toBeDisabled();
    await user.clear(rows);
    await user.type(rows, "5");
    await user.click(screen.getByRole("radio", { name: /Custom/ }));
    await user.selectOptions(screen.getByLabelText("Seconds per row"), "0.1");
    // jsdom cannot speak: listening mode is offered but off.
    expect(screen.getByRole("checkbox", { name: "Listening mode" })).toBeDisabled();
    await user.click(screen.getByRole("button", { name: "Start" }));
    expect(await screen.findByText("Cannot make 10 different questions")).toBeInTheDocument();
    expect(bodies[0]).toEqual({ operation_type: "add_sub", total_questions: 10, difficulty_mode: "custom",
      settings: { digits: 2, rows: 5 }, seconds: 0.1 });

    await user.selectOptions(operation, "multiplication");
    expect(screen.queryByLabelText("Rows")).not.toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Time per question" })).toBeInTheDocument();
    const count = screen.getByLabelText("Number of questions");
    await user.clear(count);
    await user.type(count, "12");
    const multiplicand = screen.getByLabelText("Multiplicand digits");
    await user.clear(multiplicand);
    await user.type(multiplicand, "3");
    await user.click(screen.getByRole("radio", { name: "Hard 10 s" }));
    await user.click(screen.getByRole("button", { name: "Start" }));
    expect(await screen.findByText("Get ready")).toBeInTheDocument();
    expect(bodies[1]).toEqual({ operation_type: "multiplication", total_questions: 12, difficulty_mode: "hard",
      settings: { multiplicandDigits: 3, multiplierDigits: 1 }, seconds: null });
  }, 20_000);

  it("flashes the rows one by one, takes the answers and submits them with their times", async () => {
    const submitted: unknown[] = [];
    serveOptions();
    server.use(http.post("*/api/practice/sessions", () => HttpResponse.json(makePracticeSession(), { status: 201 })));
    serveSubmit(submitted);
    const app = openApp("/mental");
    await screen.findByLabelText("Operation");
    const me_before = app.meRequests();

    useFakeClock();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    await advance(0);
    expect(screen.getByTestId("get-ready-count")).toHaveTextContent("3");
    await advance(1000);
    expect(screen.getByTestId("get-ready-count")).toHaveTextContent("2");
    await advance(2000);
    const answer = screen.getByLabelText("Your answer");
    expect(screen.getByTestId("question-count")).toHaveTextContent("Question 1 of 2");
    expect(screen.getByTestId("flash-row")).toHaveTextContent("12");
    expect(answer).toHaveAttribute("readonly");
    await user.type(answer, "9");
    expect(answer).toHaveValue("");
    await advance(2000);
    expect(screen.getByTestId("flash-row")).toHaveTextContent("+34");
    await advance(2000);
    expect(screen.getByTestId("flash-row")).toHaveTextContent("−5");
    await advance(2000);

    // The answer window: 15 s, the box open and focused; Enter answers.
    expect(screen.queryByTestId("flash-row")).not.toBeInTheDocument();
    expect(screen.getByRole("timer", { name: "Time left" })).toHaveTextContent("15 s");
    expect(answer).not.toHaveAttribute("readonly");
    expect(answer).toHaveFocus();
    await user.type(answer, "4a1");
    expect(answer).toHaveValue("41");
    await advance(1000);
    await user.keyboard("{Enter}");
    expect(stored()).toMatchObject({ session_id: 17, index: 1, answers: ["41"], times: [1] });

    // A breath, then question 2; nothing typed: the clock answers blank.
    await advance(1000);
    expect(screen.getByTestId("question-count")).toHaveTextContent("Question 2 of 2");
    expect(screen.getByTestId("flash-row")).toHaveTextContent("20");
    expect(answer).toHaveFocus();
    await advance(6000);
    expect(screen.getByRole("timer", { name: "Time left" })).toHaveTextContent("15 s");
    await advance(12_000);
    expect(screen.getByRole("timer", { name: "Time left" })).toHaveTextContent("3 s");
    await advance(3000);
    await advance(0);

    expect(submitted).toEqual([{ answers: [
      { question_number: 1, answer: "41", time_taken: 1 },
      { question_number: 2, answer: null, time_taken: 15 },
    ], time_taken: 28 }]);
    expect(screen.getByTestId("result-message")).toHaveTextContent("Good Effort!");
    expect(stored()).toBeNull();
    await advance(0);
    expect(app.meRequests()).toBeGreaterThan(me_before);
  }, 20_000);

  it("shows the end screen from the server's result, and practises again", async () => {
    window.localStorage.setItem(kRunKey, JSON.stringify({ session_id: 17, answers: ["41", "16"], times: [3.2, 4], index: 2,
      elapsed: 20, listening: false }));
    serveOptions();
    server.use(http.get("*/api/practice/sessions/17", () => HttpResponse.json(makePracticeSession({ status: "completed",
      result: makePracticeResult({ correct_answers: 1, wrong_answers: 1, unattempted: 0, accuracy: 50, points_earned: 7,
        total_points: 1257, questions: [
          { ...makePracticeResult().questions[0]! },
          { ...makePracticeResult().questions[1]!, given: "17", answered: true, time_taken: 4 },
        ] }) }))));
    const user = userEvent.setup();
    openApp("/mental");
    expect(await screen.findByTestId("result-message")).toHaveTextContent("Good Effort!");
    expect(screen.getByText("1", { selector: ".result-score strong" })).toBeInTheDocument();
    const figure = (label: string) => screen.getByText(label, { selector: "dt" }).nextElementSibling;
    expect(figure("Correct")).toHaveTextContent("1");
    expect(figure("Wrong")).toHaveTextContent("1");
    expect(figure("Not answered")).toHaveTextContent("0");
    expect(figure("Accuracy")).toHaveTextContent("50%");
    expect(figure("Points earned")).toHaveTextContent("+7");
    expect(figure("Your points now")).toHaveTextContent("1,257");
    const first = screen.getByRole("row", { name: "Question 1" });
    expect(first).toHaveTextContent("12 + 34 − 5");
    expect(first).toHaveTextContent("✓ Right");
    const second = screen.getByRole("row", { name: "Question 2" });
    expect(within(second).getByText("17")).toBeInTheDocument();
    expect(within(second).getByText("16")).toBeInTheDocument();
    expect(second).toHaveTextContent("✗ Wrong");
    expect(stored()).toBeNull();

    await user.click(screen.getByRole("button", { name: "Practise again" }));
    expect(await screen.findByRole("button", { name: "Start" })).toBeInTheDocument();
  }, 20_000);

  it("resumes a session after a reload from the next question", async () => {
    window.localStorage.setItem(kRunKey, JSON.stringify({ session_id: 17, answers: ["41"], times: [3.2], index: 1,
      elapsed: 9, listening: false }));
    const submitted: unknown[] = [];
    serveOptions();
    server.use(http.get("*/api/practice/sessions/17", () => HttpResponse.json(makePracticeSession())));
    serveSubmit(submitted, makePracticeResult({ correct_answers: 2, unattempted: 0, accuracy: 100, points_earned: 12 }));
    openApp("/mental");
    expect(await screen.findByText(/1 of 2 questions answered/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Start" })).not.toBeInTheDocument();

    useFakeClock();
    const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
    fireEvent.click(screen.getByRole("button", { name: "Resume" }));
    await advance(0);
    expect(screen.getByTestId("question-count")).toHaveTextContent("Question 2 of 2");
    await advance(3000);
    expect(screen.getByTestId("flash-row")).toHaveTextContent("20");
    await advance(6000);
    await user.type(screen.getByLabelText("Your answer"), "16{Enter}");
    await advance(0);
    expect(submitted).toEqual([{ answers: [
      { question_number: 1, answer: "41", time_taken: 3.2 },
      { question_number: 2, answer: "16", time_taken: 0 },
    ], time_taken: 15 }]);
    expect(screen.getByTestId("result-message")).toHaveTextContent("Perfect!");
  }, 20_000);

  it("discards an unfinished session, and forgets one the server no longer has", async () => {
    window.localStorage.setItem(kRunKey, JSON.stringify({ session_id: 17, answers: [], times: [], index: 0, elapsed: 0, listening: false }));
    serveOptions();
    server.use(http.get("*/api/practice/sessions/17", () => HttpResponse.json(makePracticeSession())));
    const user = userEvent.setup();
    openApp("/mental");
    await user.click(await screen.findByRole("button", { name: "Discard" }));
    expect(await screen.findByRole("button", { name: "Start" })).toBeInTheDocument();
    expect(stored()).toBeNull();
  }, 20_000);

  it("starts afresh when the stored session is gone", async () => {
    window.localStorage.setItem(kRunKey, JSON.stringify({ session_id: 99, answers: [], times: [], index: 0, elapsed: 0, listening: false }));
    serveOptions();
    server.use(http.get("*/api/practice/sessions/99", () => HttpResponse.json({ detail: "Not found" }, { status: 404 })));
    openApp("/mental");
    expect(await screen.findByRole("button", { name: "Start" })).toBeInTheDocument();
    expect(stored()).toBeNull();
  }, 20_000);

  it("reads the rows aloud in listening mode instead of showing them", async () => {
    const spoken: string[] = [];
    class Utterance {
      text: string;
      rate = 1;
      constructor(text: string) {
        this.text = text;
      }
    }
    vi.stubGlobal("SpeechSynthesisUtterance", Utterance);
    vi.stubGlobal("speechSynthesis", { speak: (utterance: Utterance) => spoken.push(utterance.text), cancel: () => undefined });
    serveOptions();
    server.use(http.post("*/api/practice/sessions", () => HttpResponse.json(makePracticeSession(), { status: 201 })));
    const user = userEvent.setup();
    openApp("/mental");
    await user.click(await screen.findByRole("checkbox", { name: "Listening mode" }));

    useFakeClock();
    fireEvent.click(screen.getByRole("button", { name: "Start" }));
    await advance(3000);
    expect(screen.queryByTestId("flash-row")).not.toBeInTheDocument();
    expect(screen.getByLabelText("Listen")).toBeInTheDocument();
    await advance(4000);
    expect(spoken).toEqual(["12", "plus 34", "minus 5"]);
  }, 20_000);
});
