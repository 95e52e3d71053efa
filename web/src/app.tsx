// The app's providers: one query client and the browser router. When any call finds the session over (401),
// cached data is dropped and the user is sent to sign in.
import { useEffect, useState } from "react";
import { QueryClientProvider } from "@tanstack/react-query";
import { createBrowserRouter, RouterProvider } from "react-router";
import { setUnauthorizedHandler } from "./lib/api";
import { createQueryClient } from "./lib/query-client";
import { kRouteTree } from "./routes/router";

export function App() {
  const [query_client] = useState(createQueryClient);
  const [router] = useState(() => createBrowserRouter(kRouteTree));

  useEffect(() => {
    setUnauthorizedHandler(() => {
      query_client.clear();
      if (router.state.location.pathname !== "/sign-in") {
        void router.navigate("/sign-in", { replace: true, state: { from: router.state.location.pathname } });
      }
    });
    return () => setUnauthorizedHandler(null);
  }, [query_client, router]);

  return (
    <QueryClientProvider client={query_client}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  );
}
