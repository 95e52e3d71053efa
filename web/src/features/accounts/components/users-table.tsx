// All users, with their role editable. On a phone the table turns into stacked cards (see .table-cards).
import { formatDate, formatNumber } from "../../../lib/format";
import type { User } from "../types";
import { UserRoleSelect } from "./user-role-select";

// The display name (when it differs from the name) and the student id, under the name.
function UserAliases({ user }: { user: User }) {
  const aliases = [
    user.display_name !== null && user.display_name !== user.name ? `“${user.display_name}”` : null,
    user.public_id,
  ].filter((alias): alias is string => alias !== null && alias.length > 0);
  if (aliases.length === 0) return null;
  return <span className="muted small">{aliases.join(" · ")}</span>;
}

type UsersTableProps = { users: User[]; currentUserId: number };

export function UsersTable({ users, currentUserId }: UsersTableProps) {
  return (
    <div className="table-wrap">
      <table className="table table-cards">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col" className="numeric">Points</th>
            <th scope="col">Joined</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td data-label="Name">
                <span className="user-cell">
                  <span className="strong">{user.name}</span>
                  <UserAliases user={user} />
                </span>
              </td>
              <td data-label="Email" className="break">{user.email}</td>
              <td data-label="Role">
                <UserRoleSelect user={user} isSelf={user.id === currentUserId} />
              </td>
              <td data-label="Points" className="numeric">{formatNumber(user.total_points)}</td>
              <td data-label="Joined">{formatDate(user.created_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
