import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { delay, http, HttpResponse } from "msw";
import { describe, expect, it, vi } from "vitest";
import { makeUser } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { server } from "../../../test/server";
import { SignInForm } from "./sign-in-form";

async function fill_and_submit(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Email"), email);
  await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("SignInForm", () => {
  it("shows the server's reason when the password is wrong and stores no token", async () => {
    server.use(
      http.post("*/api/auth/login", () =>
        HttpResponse.json({ detail: "Incorrect email or password" }, { status: 401 }),
      ),
    );
    const on_signed_in = vi.fn();
    renderWithProviders(<SignInForm onSignedIn={on_signed_in} />);

    await fill_and_submit("asha@example.com", "wrong-password");

    expect(await screen.findByRole("alert")).toHaveTextContent("Incorrect email or password");
    expect(window.localStorage.getItem("auth_token")).toBeNull();
    expect(on_signed_in).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Sign in" })).toBeEnabled();
  });

  it("shows the rate-limit message on 429", async () => {
    server.use(
      http.post("*/api/auth/login", () =>
        HttpResponse.json({ detail: "Too many sign-in attempts. Try again in 5 minutes." }, { status: 429 }),
      ),
    );
    renderWithProviders(<SignInForm onSignedIn={vi.fn()} />);

    await fill_and_submit("asha@example.com", "whatever1");

    expect(await screen.findByRole("alert")).toHaveTextContent("Too many sign-in attempts. Try again in 5 minutes.");
  });

  it("sends the credentials, disables the button while signing in, then stores the token", async () => {
    let received: unknown = null;
    const user = makeUser();
    server.use(
      http.post("*/api/auth/login", async ({ request }) => {
        received = await request.json();
        await delay(50);
        return HttpResponse.json({ access_token: "token-123", token_type: "bearer", user });
      }),
    );
    const on_signed_in = vi.fn();
    renderWithProviders(<SignInForm onSignedIn={on_signed_in} />);

    await fill_and_submit("  asha@example.com ", "correct-horse");

    expect(await screen.findByRole("button", { name: "Signing in…" })).toBeDisabled();
    await waitFor(() => expect(on_signed_in).toHaveBeenCalledWith(user));
    expect(received).toEqual({ email: "asha@example.com", password: "correct-horse" });
    expect(window.localStorage.getItem("auth_token")).toBe("token-123");
  });
});
