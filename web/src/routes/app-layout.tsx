// The frame of every signed-in page. Without a token it sends the user to sign in (remembering where they
// were going); otherwise it loads the current user and hands it to the page through the outlet context.
import { Navigate, Outlet, useLocation } from "react-router";
import { ErrorState } from "../components/error-state";
import { LoadingState } from "../components/loading-state";
import { useAuthConfig, useMe } from "../features/accounts/api";
import { useAuthToken } from "../lib/auth-token";
import { AppHeader } from "./app-header";
import type { Session } from "./session";

export function AppLayout() {
  const token = useAuthToken();
  const location = useLocation();
  const me = useMe({ enabled: token !== null });
  const config = useAuthConfig();

  if (token === null) {
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  }
  if (me.isPending) {
    return (
      <div className="page-center">
        <LoadingState label="Loading your account…" />
      </div>
    );
  }
  if (me.isError) {
    return (
      <div className="page-center">
        <ErrorState error={me.error} title="Could not load your account" onRetry={() => void me.refetch()} />
      </div>
    );
  }

  const session: Session = { user: me.data, config: config.data };
  return (
    <div className="app">
      <AppHeader user={me.data} academyName={config.data?.academy_name ?? "Anzan"} />
      <main className="app-main" id="main">
        <Outlet context={session} />
      </main>
    </div>
  );
}
