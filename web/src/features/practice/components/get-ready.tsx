// "Get ready": the 3-2-1 before the first question (and before the next one after a resume).
export function GetReady({ count, question, total }: { count: number; question: number; total: number }) {
  return (
    <div className="stage-face get-ready" role="status" aria-live="polite">
      <p className="stage-caption">Get ready</p>
      <p className="stage-big" key={count} data-testid="get-ready-count">{count}</p>
      <p className="muted">Question {question} of {total}</p>
    </div>
  );
}
