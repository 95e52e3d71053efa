// The shapes of the accounts routes, taken from the generated API types (src/lib/api-types.ts, built
// from the server's route table), plus the small helpers the screens share.
import type { components } from "../../lib/api-types";

type Schemas = components["schemas"];

export type Role = Schemas["Role"];

export const kRoles: readonly Role[] = ["student", "teacher", "admin"];

export type User = Schemas["User"];
export type AuthConfig = Schemas["AuthConfig"];
export type LoginResponse = Schemas["LoginResponse"];
export type MessageResponse = Schemas["Message"];
export type Credentials = Schemas["Credentials"];
export type PasswordChange = Schemas["PasswordChange"];
export type NewUser = Schemas["NewUser"];
export type UserUpdate = Schemas["UserUpdate"];

// The name to greet a user by: the chosen display name, else the account name.
export function shownName(user: Pick<User, "display_name" | "name">): string {
  const display = user.display_name?.trim();
  return display !== undefined && display.length > 0 ? display : user.name;
}

export function roleLabel(role: Role): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}
