// A session left unfinished (a reload, a closed tab): carry on from the next question, or drop it.
import { formatNumber } from "../../../lib/format";

type ResumePromptProps = { answered: number; total: number; label: string; onResume: () => void; onDiscard: () => void };

export function ResumePrompt({ answered, total, label, onResume, onDiscard }: ResumePromptProps) {
  return (
    <div className="resume-prompt" role="region" aria-label="Unfinished session">
      <p>
        You have an unfinished <strong>{label}</strong> session: {formatNumber(answered)} of {formatNumber(total)} questions
        answered.
      </p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onResume}>Resume</button>
        <button type="button" className="button button-secondary" onClick={onDiscard}>Discard</button>
      </div>
      <p className="muted small">A session not submitted within an hour closes with 0 points.</p>
    </div>
  );
}
