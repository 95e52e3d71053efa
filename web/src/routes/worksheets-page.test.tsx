// The Worksheets page end to end in jsdom: a preset fills the builder, the preview shows the server's
// questions and seed, "New questions" asks for a new seed, a 422 naming a block is shown on that block, and
// the PDF is requested with the previewed blocks and seed.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { setAuthToken } from "../lib/auth-token";
import { makeUser } from "../test/fixtures";
import { makeAttemptDetail, makeValidity } from "../test/attempts";
import { kQuestionTypes } from "../test/question-types";
import { server } from "../test/server";
import { kRouteTree } from "./router";

const kPreset = {
  title: "Basic Level 3",
  level: "AB-3",
  blocks: [
    { id: "ab3-1", type: "add_sub", count: 2, title: "Add/Sub Mix 1D 6R", constraints: { digits: 1, rows: 3 } },
    { id: "ab3-6", type: "multiplication", count: 1, title: "Multiplication 2×1",
      constraints: { multiplicandDigits: 2, multiplierDigits: 1 } },
  ],
};

function preview_for(seed: number) {
  return {
    seed,
    blocks: [
      { config: kPreset.blocks[0], questions: [
        { id: 1, text: "4\n+ 3\n- 2", operands: [4, 3, 2], operator: "±", operators: ["+", "-"], answer: 5, answer_text: "5", isVertical: true },
        { id: 2, text: "9\n- 1\n+ 1", operands: [9, 1, 1], operator: "±", operators: ["-", "+"], answer: 9, answer_text: "9", isVertical: true },
      ] },
      { config: kPreset.blocks[1], questions: [
        { id: 3, text: `${seed % 90 + 10} × 4 =`, operands: [12, 4], operator: "×", operators: null, answer: 48, answer_text: "48", isVertical: false },
      ] },
    ],
  };
}

function open(role: "student" | "teacher" = "teacher", question_types: () => Response = () => HttpResponse.json(kQuestionTypes),
  saved: unknown[] = []) {
  setAuthToken("t");
  server.use(
    http.get("*/api/auth/config", () => HttpResponse.json({ academy_name: "Lotus Abacus", google_client_id: null })),
    http.get("*/api/users/me", () => HttpResponse.json(makeUser({ role }))),
    http.get("*/api/question-types", question_types),
    http.get("*/api/presets", () => HttpResponse.json(["Junior", "AB-1", "AB-3", "Advanced"])),
    http.get("*/api/presets/AB-3", () => HttpResponse.json(kPreset)),
    http.get("*/api/papers", () => HttpResponse.json(saved)),
  );
  const router = createMemoryRouter(kRouteTree, { initialEntries: ["/worksheets"] });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe("Worksheets page", () => {
  it("loads a preset, previews it with its seed, and draws new questions", async () => {
    const bodies: Record<string, unknown>[] = [];
    let next_seed = 41;
    server.use(
      http.post("*/api/papers/preview", async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        bodies.push(body);
        return HttpResponse.json(preview_for(typeof body.seed === "number" ? body.seed : ++next_seed));
      }),
    );
    const user = userEvent.setup();
    open();
    await screen.findByRole("option", { name: "Preset AB-3" });
    await user.selectOptions(screen.getByLabelText("Start from"), "AB-3");
    expect(await screen.findByDisplayValue("Basic Level 3")).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Block 2" })).toHaveTextContent("Multiplication");

    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByTestId("preview-seed")).toHaveTextContent("42");
    expect(bodies[0]).toEqual({ title: "Basic Level 3", level: "AB-3", blocks: [
      { id: "ab3-1", type: "add_sub", count: 2, title: "Add/Sub Mix 1D 6R", constraints: { digits: 1, rows: 3 } },
      { id: "ab3-6", type: "multiplication", count: 1, title: "Multiplication 2×1",
        constraints: { multiplicandDigits: 2, multiplierDigits: 1 } },
    ] });
    const first = screen.getByRole("listitem", { name: "Question 1" });
    expect(first).toHaveTextContent("4+ 3- 2");
    expect(within(first).queryByText("5")).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Show answers" }));
    expect(within(screen.getByRole("listitem", { name: "Question 1" })).getByText("5")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "New questions" }));
    expect(await screen.findByText("43")).toBeInTheDocument();
    expect(bodies[1]).not.toHaveProperty("seed");
    await user.click(screen.getByRole("button", { name: "Regenerate this seed" }));
    await vi.waitFor(() => expect(bodies[2]).toHaveProperty("seed", 43));
    // A teacher may save it.
    expect(screen.getByRole("button", { name: "Save worksheet" })).toBeInTheDocument();
  }, 20_000);

  it("shows the server's refusal on the block it names", async () => {
    server.use(
      http.post("*/api/papers/preview", () =>
        HttpResponse.json({ detail: 'Block 2 ("Multiplication"): multiplicandDigits must be between 1 and 20 (got 25)' }, { status: 422 }),
      ),
    );
    const user = userEvent.setup();
    open("student");
    await user.click(await screen.findByRole("button", { name: "+ Add block" }));
    await user.click(screen.getByRole("button", { name: "Preview" }));
    const block_2 = screen.getByRole("group", { name: "Block 2" });
    expect(await within(block_2).findByRole("alert")).toHaveTextContent("multiplicandDigits must be between 1 and 20");
    expect(within(screen.getByRole("group", { name: "Block 1" })).queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Saved worksheets" })).not.toBeInTheDocument();
  });

  it("builds nothing until the server's question types arrive", async () => {
    open("teacher", () => HttpResponse.json({ detail: "The server had a problem." }, { status: 500 }));
    expect(await screen.findByText("Could not load the question types")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Preview" })).not.toBeInTheDocument();
  });

  it("does not send a worksheet with a field out of range", async () => {
    const preview = vi.fn();
    server.use(http.post("*/api/papers/preview", () => {
      preview();
      return HttpResponse.json(preview_for(1));
    }));
    const user = userEvent.setup();
    open();
    const title = await screen.findByLabelText("Worksheet title");
    await user.clear(title);
    await user.type(title, "A title that is far too long for a paper");
    expect(title).toHaveAccessibleDescription(/at most 25 characters/);
    await user.click(screen.getByRole("button", { name: "Preview" }));
    expect(await screen.findByText("Fix the fields marked above first.")).toBeInTheDocument();
    expect(preview).not.toHaveBeenCalled();
  });

  it("downloads the PDF of the previewed blocks and seed", async () => {
    const pdf_bodies: unknown[] = [];
    server.use(
      http.post("*/api/papers/preview", () => HttpResponse.json(preview_for(7))),
      http.post("*/api/papers/generate-pdf", async ({ request }) => {
        pdf_bodies.push(await request.json());
        return new HttpResponse("%PDF-1.4 test", {
          headers: { "Content-Type": "application/pdf", "Content-Disposition": 'attachment; filename="Practice.pdf"' },
        });
      }),
    );
    const create_url = vi.fn(() => "blob:test");
    Object.assign(URL, { createObjectURL: create_url, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const user = userEvent.setup();
    open();
    await user.click(await screen.findByRole("button", { name: "Preview" }));
    await user.click(await screen.findByRole("button", { name: "PDF with answer key" }));
    await vi.waitFor(() => expect(click).toHaveBeenCalled());
    expect(pdf_bodies[0]).toEqual({ title: "Practice", level: "Custom", blocks: preview_for(7).blocks, seed: 7, answer_key: true });
    expect(create_url).toHaveBeenCalledOnce();
  });

  it("answers a previewed worksheet online: starts an attempt and opens it", async () => {
    const starts: unknown[] = [];
    server.use(
      http.post("*/api/papers/preview", () => HttpResponse.json(preview_for(7))),
      http.post("*/api/papers/attempt", async ({ request }) => {
        starts.push(await request.json());
        if (starts.length === 1) return HttpResponse.json({ detail: "Maximum attempts reached for this paper" }, { status: 409 });
        return HttpResponse.json(makeAttemptDetail({ id: 5, paper_title: "Practice" }));
      }),
      http.get("*/api/papers/attempt/5", () => HttpResponse.json(makeAttemptDetail({ paper_title: "Practice" }))),
      http.get("*/api/papers/attempt/5/validate", () => HttpResponse.json(makeValidity())),
    );
    const user = userEvent.setup();
    const router = open("student");
    await user.click(await screen.findByRole("button", { name: "Preview" }));
    await user.click(await screen.findByRole("button", { name: "Attempt online" }));
    expect(await screen.findByText("Maximum attempts reached for this paper")).toBeInTheDocument();
    expect(starts[0]).toMatchObject({ paper_title: "Practice", paper_level: "Custom", paper_config: { title: "Practice", level: "Custom" },
      generated_blocks: preview_for(7).blocks, seed: 7 });

    await user.click(screen.getByRole("button", { name: "Attempt online" }));
    expect(await screen.findByRole("button", { name: "Start paper" })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/papers/attempt/5");
  });

  it("answers a saved worksheet online by its id", async () => {
    const starts: unknown[] = [];
    server.use(
      http.post("*/api/papers/attempt", async ({ request }) => {
        starts.push(await request.json());
        return HttpResponse.json(makeAttemptDetail());
      }),
      http.get("*/api/papers/attempt/5", () => HttpResponse.json(makeAttemptDetail())),
      http.get("*/api/papers/attempt/5/validate", () => HttpResponse.json(makeValidity())),
    );
    const user = userEvent.setup();
    const router = open("teacher", undefined, [{ id: 12, title: "Weekly test", level: "AB-3", seed: 99,
      created_at: "2026-12-01T09:00:00+00:00", created_by_user_id: 1, config: kPreset }]);
    await user.click(await screen.findByRole("button", { name: "Attempt Weekly test online" }));
    expect(await screen.findByRole("button", { name: "Start paper" })).toBeInTheDocument();
    expect(starts).toEqual([{ paper_id: 12 }]);
    expect(router.state.location.pathname).toBe("/papers/attempt/5");
  });
});
