// The end of a session, exactly as the server graded it: a cheer by accuracy, the counts, the points
// earned and the new balance.
import { Figures, type FigureItem } from "../../../components/figures";
import { formatDuration, formatNumber, formatPercent, formatSigned } from "../../../lib/format";
import { resultMessage } from "../../../lib/result-message";
import type { PracticeResult } from "../types";

export function ResultSummary({ result }: { result: PracticeResult }) {
  const figures: FigureItem[] = [
    { label: "Correct", value: formatNumber(result.correct_answers), tone: "right" },
    { label: "Wrong", value: formatNumber(result.wrong_answers), tone: "wrong" },
    { label: "Not answered", value: formatNumber(result.unattempted), tone: "blank" },
    { label: "Accuracy", value: formatPercent(result.accuracy) },
    { label: "Points earned", value: formatSigned(result.points_earned), tone: "points" },
    { label: "Your points now", value: formatNumber(result.total_points) },
    { label: "Time", value: formatDuration(result.time_taken) },
  ];
  return (
    <div className="result-summary">
      <p className="result-cheer" data-testid="result-message">{resultMessage(result.accuracy)}</p>
      <p className="result-score">
        <strong>{formatNumber(result.correct_answers)}</strong> of {formatNumber(result.total_questions)} correct
      </p>
      <Figures items={figures} />
    </div>
  );
}
