import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { setAuthToken } from "../../../lib/auth-token";
import { renderWithProviders } from "../../../test/render";
import { server } from "../../../test/server";
import { PasswordForm } from "./password-form";

async function fill(current: string, next: string, confirm: string) {
  const user = userEvent.setup();
  if (current) await user.type(screen.getByLabelText("Current password"), current);
  if (next) await user.type(screen.getByLabelText("New password"), next);
  if (confirm) await user.type(screen.getByLabelText("Repeat new password"), confirm);
  await user.click(screen.getByRole("button", { name: "Change password" }));
}

describe("PasswordForm", () => {
  it("asks for at least 8 characters and matching passwords before sending anything", async () => {
    renderWithProviders(<PasswordForm email="asha@example.com" />);
    await fill("old-password", "short", "other");
    expect(screen.getByText("Use at least 8 characters.")).toBeInTheDocument();
    expect(screen.getByText("The two new passwords differ.")).toBeInTheDocument();
  });

  it("shows the server's reason when the current password is wrong, and stays signed in", async () => {
    setAuthToken("t");
    server.use(
      http.put("*/api/auth/password", () => HttpResponse.json({ detail: "Current password is incorrect" }, { status: 401 })),
    );
    renderWithProviders(<PasswordForm email="asha@example.com" />);
    await fill("not-it", "new-password-1", "new-password-1");
    expect(await screen.findByRole("alert")).toHaveTextContent("Current password is incorrect");
    expect(window.localStorage.getItem("auth_token")).toBe("t");
  });

  it("sends both passwords and confirms, clearing the fields", async () => {
    let received: unknown = null;
    server.use(
      http.put("*/api/auth/password", async ({ request }) => {
        received = await request.json();
        return HttpResponse.json({ message: "Password changed" });
      }),
    );
    renderWithProviders(<PasswordForm email="asha@example.com" />);
    await fill("old-password", "new-password-1", "new-password-1");
    expect(await screen.findByText("Password changed.")).toBeInTheDocument();
    expect(received).toEqual({ current_password: "old-password", new_password: "new-password-1" });
    expect(screen.getByLabelText("New password")).toHaveValue("");
  });
});
