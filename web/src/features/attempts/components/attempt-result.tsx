// A graded attempt, as the server graded it: the counts, accuracy, points, the balance and the time.
import { Figures, type FigureItem } from "../../../components/figures";
import { formatDuration, formatNumber, formatPercent, formatSigned } from "../../../lib/format";
import { resultMessage } from "../../../lib/result-message";
import type { PaperAttemptResult } from "../types";

export function AttemptResult({ attempt }: { attempt: PaperAttemptResult }) {
  const figures: FigureItem[] = [
    { label: "Correct", value: formatNumber(attempt.correct_answers), tone: "right" },
    { label: "Wrong", value: formatNumber(attempt.wrong_answers), tone: "wrong" },
    { label: "Not answered", value: formatNumber(attempt.unattempted), tone: "blank" },
    { label: "Accuracy", value: formatPercent(attempt.accuracy) },
    { label: "Points earned", value: formatSigned(attempt.points_earned), tone: "points" },
    { label: "Your points now", value: formatNumber(attempt.total_points) },
    { label: "Time", value: attempt.time_taken !== null ? formatDuration(attempt.time_taken) : "—" },
  ];
  return (
    <div className="result-summary">
      <p className="result-cheer" data-testid="result-message">{resultMessage(attempt.accuracy)}</p>
      <p className="result-score">
        <strong>{formatNumber(attempt.correct_answers)}</strong> of {formatNumber(attempt.total_questions)} correct
      </p>
      <Figures items={figures} />
    </div>
  );
}
