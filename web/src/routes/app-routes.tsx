// Every page of the signed-in app, declared once: its path, its navigation label and the roles that may open
// it. The router, the header navigation and the role guard are all derived from this list, so a new area adds
// one line here.
import type { ReactNode } from "react";
import type { Role } from "../features/accounts/types";
import { DashboardPage } from "./dashboard-page";
import { ProfilePage } from "./profile-page";
import { UsersPage } from "./users-page";

export type AppRoute = {
  path: string;
  label: string;
  roles: readonly Role[];
  element: ReactNode;
};

const kEveryone: readonly Role[] = ["student", "teacher", "admin"];

export const kAppRoutes: readonly AppRoute[] = [
  { path: "/", label: "Dashboard", roles: kEveryone, element: <DashboardPage /> },
  { path: "/profile", label: "Profile", roles: kEveryone, element: <ProfilePage /> },
  { path: "/users", label: "Users", roles: ["admin"], element: <UsersPage /> },
];

export function routesFor(role: Role): AppRoute[] {
  return kAppRoutes.filter((route) => route.roles.includes(role));
}
