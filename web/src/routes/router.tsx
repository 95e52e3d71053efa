// The route tree: the public sign-in page, then every signed-in page (from kAppRoutes) inside the app layout,
// each behind its role guard, and a 404 for anything else.
import type { RouteObject } from "react-router";
import { AppLayout } from "./app-layout";
import { kAppRoutes } from "./app-routes";
import { NotFoundPage } from "./not-found-page";
import { RequireRole } from "./require-role";
import { SignInPage } from "./sign-in-page";

export const kRouteTree: RouteObject[] = [
  { path: "/sign-in", element: <SignInPage /> },
  {
    element: <AppLayout />,
    children: [
      ...kAppRoutes.map((route) => ({
        path: route.path,
        element: <RequireRole roles={route.roles}>{route.element}</RequireRole>,
      })),
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];
