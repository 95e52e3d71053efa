// All users, with their role editable. On a phone the table turns into stacked cards (see .table-cards).
import { formatDate, formatNumber } from "../../../lib/format";
import { shownName, type User } from "../types";
import { UserRoleSelect } from "./user-role-select";

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
                <span className="strong">{shownName(user)}</span>
                {user.public_id !== null && <span className="muted small"> · {user.public_id}</span>}
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
