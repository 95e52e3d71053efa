// The papers a teacher set for the student's branch (and level), newest first, each to start online, or to
// continue when an attempt at it is still open (starting again would use up the second attempt). Each
// shows how many of its attempts are used; with both used it can no longer be started.
import { Link } from "react-router";
import { EmptyState } from "../../../components/empty-state";
import { ErrorState } from "../../../components/error-state";
import { LoadingState } from "../../../components/loading-state";
import { formatDate } from "../../../lib/format";
import { useMyAttempts, usePapersForMe } from "../api";
import type { AssignedPaper, PaperAttempt } from "../types";

type PapersForMeProps = { busyId: number | null; onStart: (paper: AssignedPaper) => void };

function open_attempt_at(paper: AssignedPaper, attempts: readonly PaperAttempt[]): PaperAttempt | undefined {
  return attempts.find((attempt) => attempt.status === "open" && attempt.assignment_id === paper.assignment_id);
}

type PaperItemProps = { paper: AssignedPaper; open: PaperAttempt | undefined; busy: boolean; waiting: boolean; onStart: () => void };

function PaperItem({ paper, open, busy, waiting, onStart }: PaperItemProps) {
  const facts = [paper.level, `set ${formatDate(paper.assigned_at)}`, `attempts ${paper.attempts_used} of ${paper.max_attempts}`];
  return (
    <li className="saved-item">
      <div className="saved-item-text">
        <span className="strong">{paper.title}</span>
        <span className="muted small">{facts.filter(Boolean).join(" · ")}</span>
      </div>
      {open !== undefined ? (
        <Link className="button button-primary button-small" to={`/papers/attempt/${open.id}`}
          aria-label={`Continue ${paper.title}`}>Continue</Link>
      ) : paper.can_attempt ? (
        <button type="button" className="button button-primary button-small" onClick={onStart} disabled={busy || waiting}
          aria-label={`Start ${paper.title}`}>
          {busy ? "Starting…" : paper.attempts_used > 0 ? "Re-attempt" : "Start"}
        </button>
      ) : (
        <span className="muted small">Both attempts used</span>
      )}
    </li>
  );
}

export function PapersForMe({ busyId, onStart }: PapersForMeProps) {
  const papers = usePapersForMe();
  const attempts = useMyAttempts();
  if (papers.isPending) return <LoadingState label="Loading your papers…" />;
  if (papers.isError)
    return <ErrorState error={papers.error} title="Could not load your papers" onRetry={() => void papers.refetch()} />;
  if (papers.data.length === 0)
    return <EmptyState title="No papers set for you yet">When your teacher sets a paper for your class, it appears here.</EmptyState>;
  return (
    <ul className="saved-list">
      {papers.data.map((paper) => (
        <PaperItem key={paper.assignment_id} paper={paper} open={open_attempt_at(paper, attempts.data ?? [])}
          busy={busyId === paper.assignment_id} waiting={attempts.isPending} onStart={() => onStart(paper)} />
      ))}
    </ul>
  );
}
