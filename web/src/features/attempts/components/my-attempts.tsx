// The student's recent attempts, newest first: open ones to continue, finished ones to see again.
import { Link } from "react-router";
import { EmptyState } from "../../../components/empty-state";
import { ErrorState } from "../../../components/error-state";
import { LoadingState } from "../../../components/loading-state";
import { formatDateTime, formatNumber, formatPercent } from "../../../lib/format";
import { useMyAttempts } from "../api";
import type { PaperAttempt } from "../types";

function state_of(attempt: PaperAttempt): "open" | "completed" | "expired" {
  return attempt.status === "abandoned" ? "expired" : attempt.status;
}

function Outcome({ attempt }: { attempt: PaperAttempt }) {
  const state = state_of(attempt);
  if (state === "open") return <span className="badge badge-open">In progress</span>;
  if (state === "expired") return <span className="badge badge-expired">Expired</span>;
  return (
    <span>
      {formatNumber(attempt.correct_answers)} / {formatNumber(attempt.total_questions)} · {formatPercent(attempt.accuracy)}
      {" · "}<span className="points-text">+{formatNumber(attempt.points_earned)} points</span>
    </span>
  );
}

export function MyAttempts() {
  const attempts = useMyAttempts();
  if (attempts.isPending) return <LoadingState label="Loading your attempts…" />;
  if (attempts.isError)
    return <ErrorState error={attempts.error} title="Could not load your attempts" onRetry={() => void attempts.refetch()} />;
  if (attempts.data.length === 0)
    return <EmptyState title="No attempts yet">Start a paper above, or choose “Attempt online” on a worksheet.</EmptyState>;
  return (
    <ul className="saved-list">
      {attempts.data.map((attempt) => (
        <li key={attempt.id} className="saved-item">
          <div className="saved-item-text">
            <span className="strong">{attempt.paper_title}</span>
            <span className="muted small">
              {[attempt.paper_level, formatDateTime(attempt.started_at)].filter(Boolean).join(" · ")}
            </span>
            <span className="small"><Outcome attempt={attempt} /></span>
          </div>
          <Link className="button button-secondary button-small" to={`/papers/attempt/${attempt.id}`}
            aria-label={`${{ open: "Continue", completed: "See result of", expired: "Details of" }[state_of(attempt)]} ${attempt.paper_title}`}>
            {{ open: "Continue", completed: "See result", expired: "Details" }[state_of(attempt)]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
