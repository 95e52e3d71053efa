// Home after sign-in: a greeting, the user's points and streaks, the way to practise, and shortcuts for
// their role.
import { Link } from "react-router";
import { Card } from "../components/card";
import { UserStats } from "../features/accounts/components/user-stats";
import { shownName } from "../features/accounts/types";
import { useDocumentTitle } from "../lib/use-document-title";
import { useSession } from "./session";

function greeting(hour: number): string {
  if (hour < 12) return "Good morning";
  if (hour < 17) return "Good afternoon";
  return "Good evening";
}

export function DashboardPage() {
  const { user } = useSession();
  useDocumentTitle("Dashboard");
  return (
    <div className="page">
      <div className="page-heading">
        <h1>
          {greeting(new Date().getHours())}, {shownName(user)}
        </h1>
        <p className="muted">Here is how you are doing.</p>
      </div>
      <UserStats user={user} />
      <Card title="Practise" className="card-practise">
        <p>Flashed sums and timed questions, or a paper from your teacher: every right answer earns points.</p>
        <div className="button-row">
          <Link className="button button-primary" to="/mental">Mental maths</Link>
          <Link className="button button-secondary" to="/papers">My papers</Link>
          <Link className="button button-secondary" to="/points">Points history</Link>
        </div>
      </Card>
      {user.role === "admin" && (
        <Card title="Admin" className="card-admin">
          <p>Create accounts for students and staff, and set who is a teacher or an admin.</p>
          <Link className="button button-primary" to="/users">
            Manage users
          </Link>
        </Card>
      )}
    </div>
  );
}
