// Stays at the top while answering: the clock, "k / n answered", whether the answers are saved, and Submit.
import { formatClock, formatNumber } from "../../../lib/format";
import type { SaveStatus } from "../use-autosave";

type AttemptToolbarProps = {
  elapsed: number;
  answered: number;
  total: number;
  save: SaveStatus;
  submitting: boolean;
  onSubmit: () => void;
};

const kSaveWords: Record<SaveStatus, string> = {
  saved: "All answers saved",
  unsaved: "Saving soon…",
  saving: "Saving…",
  failed: "Not saved yet: will retry",
};

export function AttemptToolbar({ elapsed, answered, total, save, submitting, onSubmit }: AttemptToolbarProps) {
  return (
    <div className="attempt-toolbar" role="region" aria-label="Attempt progress">
      <span className="attempt-clock" role="timer" aria-label="Time taken">{formatClock(elapsed)}</span>
      <span className="attempt-progress" data-testid="attempt-progress">
        <strong>{formatNumber(answered)} / {formatNumber(total)}</strong> answered
      </span>
      <span className={`save-status save-${save}`} role="status" data-testid="save-status">{kSaveWords[save]}</span>
      <button type="button" className="button button-primary" onClick={onSubmit} disabled={submitting || answered === 0}>
        {submitting ? "Submitting…" : "Submit"}
      </button>
    </div>
  );
}
