import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { makeUser } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { server } from "../../../test/server";
import { DisplayNameForm } from "./display-name-form";

function field() {
  return screen.getByLabelText("Display name");
}

describe("DisplayNameForm", () => {
  it("refuses an empty name next to the field without calling the server", async () => {
    // onUnhandledRequest: "error" fails the test if a request is sent.
    const user = userEvent.setup();
    renderWithProviders(<DisplayNameForm current="Ash" />);

    await user.clear(field());
    await user.click(screen.getByRole("button", { name: "Save display name" }));

    expect(screen.getByText("Enter a display name.")).toBeInTheDocument();
    expect(field()).toHaveAttribute("aria-invalid", "true");
    expect(field()).toHaveAccessibleDescription("Enter a display name.");
  });

  it("refuses a name longer than 50 characters, and accepts it again once shortened", async () => {
    const user = userEvent.setup();
    renderWithProviders(<DisplayNameForm current={null} />);

    await user.type(field(), "x".repeat(51));
    await user.click(screen.getByRole("button", { name: "Save display name" }));
    expect(screen.getByText("Use at most 50 characters (this one has 51).")).toBeInTheDocument();

    await user.type(field(), "{Backspace}");
    expect(screen.queryByText(/Use at most 50 characters/)).not.toBeInTheDocument();
  });

  it("saves a valid name, trimmed, and confirms", async () => {
    let received: unknown = null;
    server.use(
      http.put("*/api/users/me/display-name", async ({ request }) => {
        received = await request.json();
        return HttpResponse.json(makeUser({ display_name: "Asha R" }));
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<DisplayNameForm current={null} />);

    await user.type(field(), "  Asha R  ");
    await user.click(screen.getByRole("button", { name: "Save display name" }));

    expect(await screen.findByText("Display name saved.")).toBeInTheDocument();
    expect(received).toEqual({ display_name: "Asha R" });
  });

  it("shows the server's 422 detail next to the field", async () => {
    server.use(
      http.put("*/api/users/me/display-name", () =>
        HttpResponse.json({ detail: "Display name contains a word that is not allowed" }, { status: 422 }),
      ),
    );
    const user = userEvent.setup();
    renderWithProviders(<DisplayNameForm current={null} />);

    await user.type(field(), "Rude word");
    await user.click(screen.getByRole("button", { name: "Save display name" }));

    expect(await screen.findByText("Display name contains a word that is not allowed")).toBeInTheDocument();
    expect(field()).toHaveAccessibleDescription("Display name contains a word that is not allowed");
  });
});
