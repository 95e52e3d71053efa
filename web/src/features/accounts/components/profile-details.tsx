// The signed-in user's account facts.
import { formatDate } from "../../../lib/format";
import type { User } from "../types";
import { RoleBadge } from "./role-badge";

export function ProfileDetails({ user }: { user: User }) {
  return (
    <dl className="details">
      <dt>Name</dt>
      <dd>{user.name}</dd>
      <dt>Display name</dt>
      <dd>{user.display_name ?? <span className="muted">Not set</span>}</dd>
      <dt>Email</dt>
      <dd>{user.email}</dd>
      <dt>Role</dt>
      <dd>
        <RoleBadge role={user.role} />
      </dd>
      {user.public_id !== null && (
        <>
          <dt>Student ID</dt>
          <dd>{user.public_id}</dd>
        </>
      )}
      <dt>Member since</dt>
      <dd>{formatDate(user.created_at)}</dd>
    </dl>
  );
}
