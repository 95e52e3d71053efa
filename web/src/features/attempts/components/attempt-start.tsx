// Before the clock starts: the paper's title, level, number of questions and blocks, and how many answers
// are already saved (when continuing on another device).
import { formatNumber } from "../../../lib/format";
import type { PaperAttemptDetail } from "../types";

type AttemptStartProps = {
  detail: PaperAttemptDetail;
  blockTitles: string[];
  answered: number;
  onStart: () => void;
};

export function AttemptStart({ detail, blockTitles, answered, onStart }: AttemptStartProps) {
  return (
    <div className="attempt-start">
      <dl className="details">
        <dt>Paper</dt>
        <dd>{detail.paper_title}</dd>
        <dt>Level</dt>
        <dd>{detail.paper_level || "—"}</dd>
        <dt>Questions</dt>
        <dd>{formatNumber(detail.total_questions)}</dd>
        <dt>Blocks</dt>
        <dd>
          <ol className="block-summary" aria-label="Blocks">
            {detail.generated_blocks.map((block, index) => (
              <li key={index}>{blockTitles[index]} <span className="muted">· {block.questions.length}</span></li>
            ))}
          </ol>
        </dd>
      </dl>
      {answered > 0 && (
        <p className="muted">{formatNumber(answered)} {answered === 1 ? "answer is" : "answers are"} already saved.</p>
      )}
      <p className="muted small">The clock starts when you press the button. Your answers are saved as you go.</p>
      <button type="button" className="button button-primary button-large" onClick={onStart} autoFocus>
        {answered > 0 ? "Continue paper" : "Start paper"}
      </button>
    </div>
  );
}
