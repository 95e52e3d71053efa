// What can be done with a preview: see its seed, draw new questions or redraw the same ones, show the
// answers, download the PDF (with or without the answer key), answer it online and, for staff, save it.
type PreviewToolbarProps = {
  seed: number;
  questionCount: number;
  showAnswers: boolean;
  busy: boolean;
  downloading: boolean;
  canSave: boolean;
  saving: boolean;
  attempting: boolean;
  onToggleAnswers: () => void;
  onNewQuestions: () => void;
  onSameSeed: () => void;
  onDownload: (answerKey: boolean) => void;
  onSave: () => void;
  onAttempt: () => void;
};

export function PreviewToolbar(props: PreviewToolbarProps) {
  return (
    <div className="preview-toolbar">
      <p className="preview-seed">
        <span className="muted">Seed</span> <code data-testid="preview-seed">{props.seed}</code>
        <span className="muted small"> · {props.questionCount} questions · the same seed gives the same questions</span>
      </p>
      <div className="button-row">
        <button type="button" className="button button-secondary" onClick={props.onNewQuestions} disabled={props.busy}>
          New questions
        </button>
        <button type="button" className="button button-secondary" onClick={props.onSameSeed} disabled={props.busy}>
          Regenerate this seed
        </button>
        <button type="button" className="button button-secondary" aria-pressed={props.showAnswers}
          onClick={props.onToggleAnswers}>
          {props.showAnswers ? "Hide answers" : "Show answers"}
        </button>
      </div>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={() => props.onDownload(false)}
          disabled={props.downloading || props.busy}>
          {props.downloading ? "Preparing PDF…" : "Download PDF"}
        </button>
        <button type="button" className="button button-secondary" onClick={() => props.onDownload(true)}
          disabled={props.downloading || props.busy}>
          PDF with answer key
        </button>
        <button type="button" className="button button-secondary" onClick={props.onAttempt}
          disabled={props.attempting || props.busy}>
          {props.attempting ? "Starting…" : "Attempt online"}
        </button>
        {props.canSave && (
          <button type="button" className="button button-secondary" onClick={props.onSave}
            disabled={props.saving || props.busy}>
            {props.saving ? "Saving…" : "Save worksheet"}
          </button>
        )}
      </div>
    </div>
  );
}
