// The sign-in page: email and password, plus Google when the server has it configured. Once signed in, the
// user goes where they were headed (or the dashboard).
import { Navigate, useLocation, useNavigate } from "react-router";
import { useAuthConfig } from "../features/accounts/api";
import { GoogleSignInButton } from "../features/accounts/components/google-sign-in-button";
import { SignInForm } from "../features/accounts/components/sign-in-form";
import { useAuthToken } from "../lib/auth-token";
import { useDocumentTitle } from "../lib/use-document-title";

function destination(state: unknown): string {
  if (typeof state === "object" && state !== null && "from" in state) {
    const from = state.from;
    if (typeof from === "string" && from.startsWith("/") && !from.startsWith("/sign-in")) return from;
  }
  return "/";
}

export function SignInPage() {
  const token = useAuthToken();
  const location = useLocation();
  const navigate = useNavigate();
  const config = useAuthConfig();
  // Until the config arrives the heading stays blank rather than flashing a name that then changes.
  const academy_name = config.data?.academy_name ?? (config.isPending ? "" : "Anzan");
  const google_client_id = config.data?.google_client_id ?? null;
  useDocumentTitle(academy_name ? `Sign in · ${academy_name}` : "Sign in");

  const target = destination(location.state);
  if (token !== null) return <Navigate to={target} replace />;
  const on_signed_in = () => void navigate(target, { replace: true });

  return (
    <main className="sign-in-page">
      <div className="sign-in-card">
        <div className="sign-in-brand">
          <img src="/favicon.svg" alt="" width="48" height="48" />
          <h1>{academy_name || "\u00a0"}</h1>
          <p className="muted">Sign in to practise, track your points and keep your streak going.</p>
        </div>
        <SignInForm onSignedIn={on_signed_in} />
        {google_client_id !== null && google_client_id.length > 0 && (
          <>
            <div className="divider" role="separator">
              <span>or</span>
            </div>
            <GoogleSignInButton clientId={google_client_id} onSignedIn={on_signed_in} />
          </>
        )}
      </div>
    </main>
  );
}
