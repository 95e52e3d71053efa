// The signed-in app as a whole: navigation by role, the role guard, the 404 page, sign-out and the
// return to sign-in when the session ends.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import type { User } from "../features/accounts/types";
import { setAuthToken } from "../lib/auth-token";
import { makeUser } from "../test/fixtures";
import { server } from "../test/server";
import { kRouteTree } from "./router";

function serve(me: User | null) {
  server.use(
    http.get("*/api/auth/config", () => HttpResponse.json({ academy_name: "Lotus Abacus", google_client_id: null })),
    http.get("*/api/users/me", () =>
      me === null ? HttpResponse.json({ detail: "Not authenticated" }, { status: 401 }) : HttpResponse.json(me),
    ),
    http.get("*/api/admin/users", () => HttpResponse.json([makeUser({ id: 1, role: "admin" }), makeUser({ id: 2, name: "Ravi" })])),
    http.post("*/api/auth/logout", () => HttpResponse.json({ message: "Signed out" })),
  );
}

function open(path: string) {
  const router = createMemoryRouter(kRouteTree, { initialEntries: [path] });
  const query_client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={query_client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe("app routes", () => {
  it("sends a visitor without a token to sign in", async () => {
    serve(null);
    open("/profile");
    expect(await screen.findByRole("button", { name: "Sign in" })).toBeInTheDocument();
    expect(await screen.findByRole("heading", { name: "Lotus Abacus" })).toBeInTheDocument();
  });

  it("shows a student the dashboard with their numbers and no Users entry", async () => {
    setAuthToken("t");
    serve(makeUser({ display_name: "Ash", total_points: 1250, current_streak: 4, longest_streak: 9 }));
    open("/");
    expect(await screen.findByRole("heading", { name: /, Ash$/ })).toBeInTheDocument();
    expect(screen.getByText("1,250")).toBeInTheDocument();
    expect(screen.getByText("4 days")).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "Profile" })).toBeInTheDocument();
    expect(within(nav).queryByRole("link", { name: "Users" })).not.toBeInTheDocument();
    expect(within(nav).getByRole("link", { name: "Worksheets" })).toHaveAttribute("href", "/worksheets");
    expect(within(nav).getByRole("link", { name: "Past seasons" })).toHaveAttribute("href", "/seasons");
    expect(within(nav).getByRole("link", { name: "Mental maths" })).toHaveAttribute("href", "/mental");
    expect(within(nav).getByRole("link", { name: "My papers" })).toHaveAttribute("href", "/papers");
    expect(within(nav).getByRole("link", { name: "Points" })).toHaveAttribute("href", "/points");
    // An attempt is opened from its paper, not from the navigation.
    expect(within(nav).queryByRole("link", { name: "Paper attempt" })).not.toBeInTheDocument();
    // The header shows the user's points, leading to their history.
    expect(screen.getByRole("link", { name: "Points: 1,250" })).toHaveAttribute("href", "/points");
    expect(within(nav).queryByRole("link", { name: "Season reset" })).not.toBeInTheDocument();
    expect(within(nav).queryByRole("link", { name: "API docs" })).not.toBeInTheDocument();
    expect(screen.getByText("Lotus Abacus")).toBeInTheDocument();
  });

  it("keeps a student out of the Users page", async () => {
    setAuthToken("t");
    serve(makeUser({ role: "student" }));
    open("/users");
    expect(await screen.findByText("You don't have access to this page")).toBeInTheDocument();
  });

  it("shows an admin the Users entry and the list", async () => {
    setAuthToken("t");
    serve(makeUser({ role: "admin", name: "Meera Admin" }));
    open("/users");
    expect(await screen.findByRole("cell", { name: /Ravi/ })).toBeInTheDocument();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "Users" })).toBeInTheDocument();
    expect(within(nav).getByRole("link", { name: "Season reset" })).toHaveAttribute("href", "/admin/season-reset");
    // The API reference is a static page outside the app.
    expect(within(nav).getByRole("link", { name: "API docs" })).toHaveAttribute("href", "/docs/index.html");
    // An admin cannot change their own role from the list.
    expect(screen.getByRole("combobox", { name: "Role of Asha Rao" })).toBeDisabled();
  });

  it("shows the server's reason and a retry when the users list fails", async () => {
    setAuthToken("t");
    serve(makeUser({ role: "admin" }));
    server.use(http.get("*/api/admin/users", () => HttpResponse.json({ detail: "Database is busy" }, { status: 503 })));
    open("/users");
    expect(await screen.findByText("Could not load users", {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText("Database is busy")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });

  it("keeps a student out of Season reset", async () => {
    setAuthToken("t");
    serve(makeUser({ role: "student" }));
    open("/admin/season-reset");
    expect(await screen.findByText("You don't have access to this page")).toBeInTheDocument();
  });

  it("shows a 404 page for an unknown path", async () => {
    setAuthToken("t");
    serve(makeUser());
    open("/no/such/page");
    expect(await screen.findByText("Page not found")).toBeInTheDocument();
  });

  it("returns to sign-in when the token is no longer accepted", async () => {
    setAuthToken("revoked");
    serve(null);
    open("/");
    expect(await screen.findByRole("button", { name: "Sign in" })).toBeInTheDocument();
    expect(window.localStorage.getItem("auth_token")).toBeNull();
  });

  it("signs out: clears the token and shows the sign-in page", async () => {
    setAuthToken("t");
    serve(makeUser());
    open("/");
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Sign out" }));
    expect(await screen.findByRole("button", { name: "Sign in" })).toBeInTheDocument();
    expect(window.localStorage.getItem("auth_token")).toBeNull();
  });
});
