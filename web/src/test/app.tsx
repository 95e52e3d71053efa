// Opens the whole signed-in app at `path` in jsdom, as a page test needs it: a token, the academy config
// and the current user answered by MSW, and the real route tree in a memory router.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { createMemoryRouter, RouterProvider } from "react-router";
import type { User } from "../features/accounts/types";
import { setAuthToken } from "../lib/auth-token";
import { kRouteTree } from "../routes/router";
import { makeUser } from "./fixtures";
import { server } from "./server";

export function openApp(path: string, user: Partial<User> = {}) {
  setAuthToken("t");
  let me_requests = 0;
  server.use(
    http.get("*/api/auth/config", () => HttpResponse.json({ academy_name: "Lotus Abacus", google_client_id: null })),
    http.get("*/api/users/me", () => {
      me_requests += 1;
      return HttpResponse.json(makeUser(user));
    }),
  );
  const router = createMemoryRouter(kRouteTree, { initialEntries: [path] });
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { router, meRequests: () => me_requests };
}
