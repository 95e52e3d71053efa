// "Sign in with Google" through Google Identity Services. The GIS script is loaded only when this component
// mounts, which the sign-in page does only when the server has a Google client id configured.
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { errorMessage } from "../../../lib/api";
import { FormMessage } from "../../../components/form-message";
import { useGoogleLogin } from "../api";
import type { User } from "../types";

type CredentialResponse = { credential: string };
type GoogleIdentity = {
  accounts: {
    id: {
      initialize: (config: { client_id: string; callback: (response: CredentialResponse) => void }) => void;
      renderButton: (parent: HTMLElement, options: Record<string, string | number>) => void;
    };
  };
};

declare global {
  interface Window {
    google?: GoogleIdentity;
  }
}

const kScriptUrl = "https://accounts.google.com/gsi/client";
let script_promise: Promise<GoogleIdentity> | null = null;

function load_google_identity(): Promise<GoogleIdentity> {
  if (window.google !== undefined) return Promise.resolve(window.google);
  script_promise ??= new Promise<GoogleIdentity>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = kScriptUrl;
    script.async = true;
    script.defer = true;
    script.onload = () => (window.google !== undefined ? resolve(window.google) : reject(new Error("no google")));
    script.onerror = () => {
      script_promise = null;
      reject(new Error("Google sign-in could not be loaded."));
    };
    document.head.appendChild(script);
  });
  return script_promise;
}

type GoogleSignInButtonProps = { clientId: string; onSignedIn: (user: User) => void };

export function GoogleSignInButton({ clientId, onSignedIn }: GoogleSignInButtonProps) {
  const container = useRef<HTMLDivElement>(null);
  const [load_failed, set_load_failed] = useState(false);
  const google_login = useGoogleLogin();
  // GIS keeps the callback it was initialized with; an effect event always sees the latest props.
  const on_credential = useEffectEvent((credential: string) =>
    google_login.mutate(credential, { onSuccess: (response) => onSignedIn(response.user) }),
  );

  useEffect(() => {
    let cancelled = false;
    load_google_identity()
      .then((google) => {
        if (cancelled || container.current === null) return;
        google.accounts.id.initialize({
          client_id: clientId,
          callback: ({ credential }) => on_credential(credential),
        });
        google.accounts.id.renderButton(container.current, {
          theme: "outline",
          size: "large",
          text: "signin_with",
          width: 280,
        });
      })
      .catch(() => {
        if (!cancelled) set_load_failed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [clientId]);

  return (
    <div className="google-sign-in">
      <div ref={container} aria-label="Sign in with Google" />
      {google_login.isPending && <p className="muted">Signing in with Google…</p>}
      {load_failed && <p className="muted small">Google sign-in is unavailable right now. Use your email and password.</p>}
      {google_login.isError && <FormMessage kind="error">{errorMessage(google_login.error)}</FormMessage>}
    </div>
  );
}
