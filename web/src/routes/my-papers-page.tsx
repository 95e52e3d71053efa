// My papers: the papers a teacher set for the student (start one online) and the student's attempts
// (continue an open one, or see a result again).
import { Link, useNavigate } from "react-router";
import { Card } from "../components/card";
import { FormMessage } from "../components/form-message";
import { useStartAttempt } from "../features/attempts/api";
import { MyAttempts } from "../features/attempts/components/my-attempts";
import { PapersForMe } from "../features/attempts/components/papers-for-me";
import { errorMessage } from "../lib/api";
import { useDocumentTitle } from "../lib/use-document-title";
import { useSession } from "./session";

export function MyPapersPage() {
  useDocumentTitle("My papers");
  const { user } = useSession();
  const navigate = useNavigate();
  const start = useStartAttempt();
  return (
    <div className="page">
      <div className="page-heading">
        <h1>My papers</h1>
        <p className="muted">Answer a paper online: the clock runs, your answers are saved as you go, and you get your marks at once.</p>
      </div>
      {user.role === "student" ? (
        <Card title="Papers for you">
          {start.isError && <FormMessage kind="error">{errorMessage(start.error)}</FormMessage>}
          <PapersForMe busyId={start.isPending ? (start.variables?.assignment_id ?? null) : null}
            onStart={(paper) => start.mutate({ assignment_id: paper.assignment_id },
              { onSuccess: (attempt) => void navigate(`/papers/attempt/${attempt.id}`) })} />
        </Card>
      ) : (
        <Card title="Try a paper yourself">
          <p>Preview a worksheet, or open a saved one, and choose <strong>Attempt online</strong>.</p>
          <Link className="button button-secondary" to="/worksheets">Go to Worksheets</Link>
        </Card>
      )}
      <Card title="Your attempts">
        <MyAttempts />
      </Card>
    </div>
  );
}
