// Sample API values for tests, shaped exactly as the server sends them.
import type { User } from "../features/accounts/types";

export function makeUser(overrides: Partial<User> = {}): User {
  return {
    id: 1,
    email: "asha@example.com",
    name: "Asha Rao",
    display_name: null,
    avatar_url: null,
    role: "student",
    total_points: 1250,
    current_streak: 4,
    longest_streak: 9,
    created_at: "2026-01-05T09:30:00+05:30",
    public_id: "TH-0001",
    is_active: true,
    ...overrides,
  };
}
