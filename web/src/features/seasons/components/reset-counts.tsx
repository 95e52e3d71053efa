// The dry run's numbers: what a reset of the chosen scope would remove or reset, as the server counted.
import { formatNumber } from "../../../lib/format";
import type { ResetSummary } from "../api";

const kRows: [keyof ResetSummary, string][] = [
  ["practice_sessions_deleted", "Practice sessions"],
  ["attempts_deleted", "Practice attempts"],
  ["paper_attempts_deleted", "Paper attempts"],
  ["rewards_deleted", "Badges and rewards"],
  ["points_logs_deleted", "Points log entries"],
  ["users_reset", "Users reset"],
  ["leaderboard_entries_reset", "Leaderboard entries reset"],
];

export function ResetCounts({ summary, label }: { summary: ResetSummary; label: string }) {
  return (
    <dl className="counts" aria-label={label}>
      {kRows.map(([key, name]) => {
        const value = summary[key];
        if (typeof value !== "number") return null;
        return (
          <div key={key} className="count">
            <dt>{name}</dt>
            <dd>{formatNumber(value)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
