// Hand-written shapes of the accounts routes (users, sign-in, roles) until /api/openapi.json covers them and
// src/lib/api-types.ts is generated. Field names are the server's (legacy) names.

export type Role = "student" | "teacher" | "admin";

export const kRoles: readonly Role[] = ["student", "teacher", "admin"];

export type User = {
  id: number;
  email: string;
  name: string;
  display_name: string | null;
  avatar_url: string | null;
  role: Role;
  total_points: number;
  current_streak: number;
  longest_streak: number;
  created_at: string;
  public_id: string | null;
};

export type AuthConfig = {
  academy_name: string;
  google_client_id: string | null;
};

export type LoginResponse = {
  access_token: string;
  token_type: "bearer";
  user: User;
};

export type MessageResponse = { message: string };

export type Credentials = { email: string; password: string };

export type PasswordChange = { current_password: string; new_password: string };

export type NewUser = { email: string; name: string; password: string; role: Role };

export type UserUpdate = { role?: Role; name?: string; display_name?: string | null };

// The name to greet a user by: the chosen display name, else the account name.
export function shownName(user: Pick<User, "display_name" | "name">): string {
  const display = user.display_name?.trim();
  return display !== undefined && display.length > 0 ? display : user.name;
}

export function roleLabel(role: Role): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}
