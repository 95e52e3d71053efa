// Asked before a submit that leaves questions blank: blanks earn nothing, and there is no going back.
import { formatNumber } from "../../../lib/format";

type SubmitConfirmProps = { blank: number; busy: boolean; onConfirm: () => void; onCancel: () => void };

export function SubmitConfirm({ blank, busy, onConfirm, onCancel }: SubmitConfirmProps) {
  return (
    <div className="submit-confirm" role="alertdialog" aria-label="Submit with blank answers?">
      <p>
        <strong>{formatNumber(blank)} {blank === 1 ? "question is" : "questions are"} still blank.</strong> Blank answers
        earn no points. Submit anyway?
      </p>
      <div className="button-row">
        <button type="button" className="button button-primary" onClick={onConfirm} disabled={busy} autoFocus>
          Submit anyway
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel} disabled={busy}>Keep answering</button>
      </div>
    </div>
  );
}
