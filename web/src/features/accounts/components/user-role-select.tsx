// Change one user's role from the users list. An admin cannot demote themselves here: the last admin
// locking everyone out is a mistake the UI should not make easy.
import { errorMessage } from "../../../lib/api";
import { useUpdateUser } from "../api";
import { kRoles, roleLabel, type Role, type User } from "../types";

type UserRoleSelectProps = { user: User; isSelf: boolean };

export function UserRoleSelect({ user, isSelf }: UserRoleSelectProps) {
  const update = useUpdateUser();
  return (
    <div className="role-select">
      <select
        aria-label={`Role of ${user.name}`}
        value={user.role}
        disabled={isSelf || update.isPending}
        title={isSelf ? "You cannot change your own role" : undefined}
        onChange={(event) => update.mutate({ id: user.id, update: { role: event.target.value as Role } })}
      >
        {kRoles.map((role) => (
          <option key={role} value={role}>
            {roleLabel(role)}
          </option>
        ))}
      </select>
      {update.isPending && <span className="muted small">Saving…</span>}
      {update.isError && (
        <span className="field-error small" role="alert">
          {errorMessage(update.error)}
        </span>
      )}
    </div>
  );
}
