// The signed-in user, handed from the app layout to every page inside it through the outlet context, so a
// page never has to handle "not signed in" itself.
import { useOutletContext } from "react-router";
import type { AuthConfig, User } from "../features/accounts/types";

export type Session = { user: User; config: AuthConfig | undefined };

export function useSession(): Session {
  return useOutletContext<Session>();
}
