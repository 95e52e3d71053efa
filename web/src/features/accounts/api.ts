// Every accounts request, declared once: a typed fetcher and its TanStack Query hook. Query keys live in
// `accountKeys` so a mutation invalidates what it changed in one line.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../lib/api";
import { setAuthToken } from "../../lib/auth-token";
import type {
  AuthConfig,
  Credentials,
  LoginResponse,
  MessageResponse,
  NewUser,
  PasswordChange,
  User,
  UserUpdate,
} from "./types";

export const accountKeys = {
  config: ["accounts", "config"] as const,
  me: ["accounts", "me"] as const,
  adminUsers: ["accounts", "admin-users"] as const,
};

// GET /api/auth/config (public)
export function getAuthConfig(signal?: AbortSignal): Promise<AuthConfig> {
  return api<AuthConfig>("/api/auth/config", { auth: "none", signal });
}

export function useAuthConfig() {
  return useQuery({ queryKey: accountKeys.config, queryFn: ({ signal }) => getAuthConfig(signal), staleTime: Infinity });
}

// POST /api/auth/login (public): 401 wrong credentials, 429 too many attempts.
export function login(credentials: Credentials): Promise<LoginResponse> {
  return api<LoginResponse>("/api/auth/login", { method: "POST", body: credentials, auth: "none" });
}

// POST /api/users/login (public): a Google Identity Services credential.
export function loginWithGoogle(credential: string): Promise<LoginResponse> {
  return api<LoginResponse>("/api/users/login", { method: "POST", body: { credential }, auth: "none" });
}

// A successful sign-in of either kind stores the token and primes the current user.
function useSignInMutation<TInput>(sign_in: (input: TInput) => Promise<LoginResponse>) {
  const query_client = useQueryClient();
  return useMutation({
    mutationFn: sign_in,
    onSuccess: (response) => {
      query_client.setQueryData(accountKeys.me, response.user);
      setAuthToken(response.access_token);
    },
  });
}

export function useLogin() {
  return useSignInMutation(login);
}

export function useGoogleLogin() {
  return useSignInMutation(loginWithGoogle);
}

// POST /api/auth/logout: revokes the token on the server.
export function logout(): Promise<MessageResponse> {
  return api<MessageResponse>("/api/auth/logout", { method: "POST" });
}

// GET /api/users/me
export function getMe(signal?: AbortSignal): Promise<User> {
  return api<User>("/api/users/me", { signal });
}

export function useMe(options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: accountKeys.me, queryFn: ({ signal }) => getMe(signal), enabled: options.enabled ?? true });
}

// PUT /api/users/me/display-name: 422 with a detail when the server rejects the name.
export function updateDisplayName(display_name: string): Promise<User> {
  return api<User>("/api/users/me/display-name", { method: "PUT", body: { display_name } });
}

export function useUpdateDisplayName() {
  const query_client = useQueryClient();
  return useMutation({
    mutationFn: updateDisplayName,
    onSuccess: (user) => query_client.setQueryData(accountKeys.me, user),
  });
}

// PUT /api/auth/password: 400/401 with a detail (e.g. the current password is wrong). A 401 here is shown
// as an answer rather than ending the session: it may mean the typed password was wrong. If the token
// really has expired, the next call ends the session anyway.
export function changePassword(change: PasswordChange): Promise<MessageResponse> {
  return api<MessageResponse>("/api/auth/password", { method: "PUT", body: change, unauthorized: "report" });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}

// GET /api/admin/users (admin)
export function getAdminUsers(signal?: AbortSignal): Promise<User[]> {
  return api<User[]>("/api/admin/users", { signal });
}

export function useAdminUsers() {
  return useQuery({ queryKey: accountKeys.adminUsers, queryFn: ({ signal }) => getAdminUsers(signal) });
}

// POST /api/admin/users (admin) → 201 with the new user.
export function createUser(user: NewUser): Promise<User> {
  return api<User>("/api/admin/users", { method: "POST", body: user });
}

export function useCreateUser() {
  const query_client = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => query_client.invalidateQueries({ queryKey: accountKeys.adminUsers }),
  });
}

// PUT /api/admin/users/{id} (admin)
export function updateUser(id: number, update: UserUpdate): Promise<User> {
  return api<User>(`/api/admin/users/${id}`, { method: "PUT", body: update });
}

export function useUpdateUser() {
  const query_client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, update }: { id: number; update: UserUpdate }) => updateUser(id, update),
    onSuccess: (user) => {
      query_client.setQueryData<User[]>(accountKeys.adminUsers, (users) =>
        users?.map((existing) => (existing.id === user.id ? user : existing)),
      );
      const me = query_client.getQueryData<User>(accountKeys.me);
      if (me?.id === user.id) query_client.setQueryData(accountKeys.me, user);
    },
  });
}
