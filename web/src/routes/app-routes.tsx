// Every page of the signed-in app, declared once: its path, its navigation label and the roles that may open
// it. The router, the header navigation and the role guard are all derived from this list, so a new area adds
// one line here.
import type { ReactNode } from "react";
import type { Role } from "../features/accounts/types";
import { DashboardPage } from "./dashboard-page";
import { kDocsPath } from "./docs-redirect";
import { MentalPage } from "./mental-page";
import { MyPapersPage } from "./my-papers-page";
import { PaperAttemptPage } from "./paper-attempt-page";
import { PointsPage } from "./points-page";
import { ProfilePage } from "./profile-page";
import { SeasonResetPage } from "./season-reset-page";
import { SeasonsPage } from "./seasons-page";
import { UsersPage } from "./users-page";
import { WorksheetsPage } from "./worksheets-page";

export type AppRoute = {
  path: string;
  label: string;
  roles: readonly Role[];
  element: ReactNode;
  // A page the server serves itself (outside the app): the header links to it with a plain <a>, and the
  // router has no route for it.
  href?: string;
  // false: a page reached from another page (an attempt from its paper), not listed in the navigation.
  nav?: boolean;
};

const kEveryone: readonly Role[] = ["student", "teacher", "admin"];

export const kAppRoutes: readonly AppRoute[] = [
  { path: "/", label: "Dashboard", roles: kEveryone, element: <DashboardPage /> },
  { path: "/mental", label: "Mental maths", roles: kEveryone, element: <MentalPage /> },
  // The server answers /papers and /papers/attempt/{id} too, but a browser navigation there (Accept:
  // text/html) gets the app (docs/web.md, "The SPA's paths").
  { path: "/papers", label: "My papers", roles: kEveryone, element: <MyPapersPage /> },
  { path: "/papers/attempt/:id", label: "Paper attempt", roles: kEveryone, element: <PaperAttemptPage />, nav: false },
  { path: "/worksheets", label: "Worksheets", roles: kEveryone, element: <WorksheetsPage /> },
  { path: "/points", label: "Points", roles: kEveryone, element: <PointsPage /> },
  { path: "/seasons", label: "Past seasons", roles: kEveryone, element: <SeasonsPage /> },
  { path: "/profile", label: "Profile", roles: kEveryone, element: <ProfilePage /> },
  { path: "/users", label: "Users", roles: ["admin"], element: <UsersPage /> },
  { path: "/admin/season-reset", label: "Season reset", roles: ["admin"], element: <SeasonResetPage /> },
  { path: "/docs", label: "API docs", roles: ["admin"], element: null, href: kDocsPath },
];

export function routesFor(role: Role): AppRoute[] {
  return kAppRoutes.filter((route) => route.roles.includes(role));
}

// The entries of the header's navigation for `role`.
export function navigationFor(role: Role): AppRoute[] {
  return routesFor(role).filter((route) => route.nav !== false);
}
