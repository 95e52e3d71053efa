// What a finished reset did: the server's message, the counts, the backup written first and the new season.
import { fileNameOf, type ResetResponse } from "../api";
import { ResetCounts } from "./reset-counts";

export function ResetResult({ result }: { result: ResetResponse }) {
  const { summary } = result;
  return (
    <div className="reset-result" role="status">
      <p className="form-message form-message-success">{result.message}</p>
      <dl className="details">
        <dt>Backup file</dt>
        <dd data-testid="reset-backup">{summary.backup ? fileNameOf(summary.backup) : "No backup was written"}</dd>
        <dt>Season</dt>
        <dd data-testid="reset-season">{summary.season_id != null ? `#${summary.season_id}` : "—"}</dd>
      </dl>
      <ResetCounts summary={summary} label="Reset counts" />
    </div>
  );
}
