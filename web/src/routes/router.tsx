// The route tree: the public sign-in page, then every signed-in page (from kAppRoutes) inside the app layout,
// each behind its role guard, and a 404 for anything else; /docs leads out of the app to the API reference.
import type { RouteObject } from "react-router";
import { AppLayout } from "./app-layout";
import { kAppRoutes } from "./app-routes";
import { DocsRedirect } from "./docs-redirect";
import { NotFoundPage } from "./not-found-page";
import { RequireRole } from "./require-role";
import { SignInPage } from "./sign-in-page";

export const kRouteTree: RouteObject[] = [
  { path: "/sign-in", element: <SignInPage /> },
  // The API reference is a static page (web/dist/docs/index.html), open to anyone, outside the app.
  { path: "/docs", element: <DocsRedirect /> },
  {
    element: <AppLayout />,
    children: [
      ...kAppRoutes.filter((route) => route.href === undefined).map((route) => ({
        path: route.path,
        element: <RequireRole roles={route.roles}>{route.element}</RequireRole>,
      })),
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
