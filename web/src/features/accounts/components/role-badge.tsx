import { roleLabel, type Role } from "../types";

export function RoleBadge({ role }: { role: Role }) {
  return <span className={`badge badge-${role}`}>{roleLabel(role)}</span>;
}
