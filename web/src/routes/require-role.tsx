// Shows a page only to the roles allowed to open it; others get a plain explanation, not a broken page. The
// server enforces the same rule on every request: this guard only spares the user a page of errors.
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Role } from "../features/accounts/types";
import { useSession } from "./session";

export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { user } = useSession();
  if (roles.includes(user.role)) return <>{children}</>;
  return (
    <div className="page page-narrow">
      <div className="state state-error" role="alert">
        <strong>You don't have access to this page</strong>
        <p>Ask an administrator if you think you should.</p>
        <Link className="button button-secondary" to="/">
          Back to the dashboard
        </Link>
      </div>
    </div>
  );
}
