// The header of the signed-in app: academy name, navigation for the user's role, who is signed in, and
// sign-out, with the user's points (a link to their history). Under 640px the navigation folds into a menu
// button; on a laptop too narrow for every entry, the navigation takes a second row.
import { useState } from "react";
import { Link, NavLink, useLocation } from "react-router";
import { RoleBadge } from "../features/accounts/components/role-badge";
import { shownName, type User } from "../features/accounts/types";
import { formatNumber } from "../lib/format";
import { navigationFor } from "./app-routes";
import { useSignOut } from "./use-sign-out";

type AppHeaderProps = { user: User; academyName: string };

export function AppHeader({ user, academyName }: AppHeaderProps) {
  // The phone menu is open for the page it was opened on: navigating closes it.
  const location = useLocation();
  const [menu_opened_on, set_menu_opened_on] = useState<string | null>(null);
  const menu_open = menu_opened_on === location.pathname;
  const { signOut, signingOut } = useSignOut();

  return (
    <header className={`app-header${menu_open ? " menu-open" : ""}`}>
      <div className="app-header-bar">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>{academyName}</span>
        </Link>
        <button
          type="button"
          className="menu-button"
          aria-expanded={menu_open}
          aria-controls="app-menu"
          onClick={() => set_menu_opened_on(menu_open ? null : location.pathname)}
        >
          <span className="menu-icon" aria-hidden="true" />
          <span className="visually-hidden">Menu</span>
        </button>
      </div>
      <div id="app-menu" className="app-menu">
        <nav aria-label="Main">
          <ul className="nav-list">
            {navigationFor(user.role).map((route) => (
              <li key={route.path}>
                {route.href !== undefined ? (
                  <a href={route.href} className="nav-link">
                    {route.label}
                  </a>
                ) : (
                  <NavLink to={route.path} end={route.path === "/"} className="nav-link">
                    {route.label}
                  </NavLink>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <div className="user-box">
          <Link to="/points" className="points-pill" aria-label={`Points: ${formatNumber(user.total_points)}`}
            data-testid="header-points">
            {`★ ${formatNumber(user.total_points)}`}
          </Link>
          <span className="user-name" data-testid="user-name">{shownName(user)}</span>
          <RoleBadge role={user.role} />
          <button type="button" className="button button-ghost" onClick={signOut} disabled={signingOut}>
            {signingOut ? "Signing out…" : "Sign out"}
          </button>
        </div>
      </div>
    </header>
  );
}
