// Admin: every user, their roles, and a form to create a new account.
import { Card } from "../components/card";
import { EmptyState } from "../components/empty-state";
import { ErrorState } from "../components/error-state";
import { LoadingState } from "../components/loading-state";
import { useAdminUsers } from "../features/accounts/api";
import { CreateUserForm } from "../features/accounts/components/create-user-form";
import { UsersTable } from "../features/accounts/components/users-table";
import { useDocumentTitle } from "../lib/use-document-title";
import { useSession } from "./session";

function UsersList({ currentUserId }: { currentUserId: number }) {
  const users = useAdminUsers();
  if (users.isPending) return <LoadingState label="Loading users…" />;
  if (users.isError)
    return <ErrorState error={users.error} title="Could not load users" onRetry={() => void users.refetch()} />;
  if (users.data.length === 0) return <EmptyState title="No users yet">Create the first one below.</EmptyState>;
  return <UsersTable users={users.data} currentUserId={currentUserId} />;
}

export function UsersPage() {
  const { user } = useSession();
  useDocumentTitle("Users");
  return (
    <div className="page">
      <div className="page-heading">
        <h1>Users</h1>
        <p className="muted">Everyone who can sign in, and what they may do.</p>
      </div>
      <Card title="All users">
        <UsersList currentUserId={user.id} />
      </Card>
      <Card title="Create a user">
        <CreateUserForm />
      </Card>
    </div>
  );
}
