// Signs out: asks the server to revoke the token, then forgets it locally whatever the server said (an
// unreachable server must not keep someone signed in on a shared device), clears cached data and returns
// to the sign-in page.
import { useCallback, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { logout } from "../features/accounts/api";
import { clearAuthToken } from "../lib/auth-token";

export function useSignOut(): { signOut: () => void; signingOut: boolean } {
  const query_client = useQueryClient();
  const navigate = useNavigate();
  const [signing_out, set_signing_out] = useState(false);

  const sign_out = useCallback(() => {
    set_signing_out(true);
    void logout()
      .catch(() => undefined)
      .finally(() => {
        clearAuthToken();
        query_client.clear();
        set_signing_out(false);
        void navigate("/sign-in", { replace: true });
      });
  }, [navigate, query_client]);

  return { signOut: sign_out, signingOut: signing_out };
}
