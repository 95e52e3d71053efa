// The user's points: the balance, and the ledger page by page (newest first), with Newer / Older.
import { useState } from "react";
import { EmptyState } from "../../../components/empty-state";
import { ErrorState } from "../../../components/error-state";
import { LoadingState } from "../../../components/loading-state";
import { formatNumber } from "../../../lib/format";
import { usePointsLogs } from "../api";
import { PointsTable } from "./points-table";

export const kPointsPageSize = 20;

export function PointsHistory() {
  const [offset, set_offset] = useState(0);
  const logs = usePointsLogs(kPointsPageSize, offset);
  if (logs.isPending) return <LoadingState label="Loading your points…" />;
  if (logs.isError) return <ErrorState error={logs.error} title="Could not load your points" onRetry={() => void logs.refetch()} />;
  const { total_entries, total_points_from_user } = logs.data;
  const first = total_entries === 0 ? 0 : offset + 1;
  const last = Math.min(offset + logs.data.logs.length, total_entries);
  return (
    <div className={`points-history${logs.isPlaceholderData ? " is-stale" : ""}`}>
      <p className="points-balance">
        <span className="muted">Your points</span>
        <strong data-testid="points-balance">{formatNumber(total_points_from_user)}</strong>
      </p>
      {total_entries === 0 ? (
        <EmptyState title="No points yet">Practise mental maths or answer a paper online to earn points.</EmptyState>
      ) : (
        <>
          <PointsTable logs={logs.data.logs} />
          <nav className="pager" aria-label="Points pages">
            <span className="muted small" role="status">
              {formatNumber(first)}–{formatNumber(last)} of {formatNumber(total_entries)}
            </span>
            {total_entries > kPointsPageSize && (
              <div className="button-row">
                <button type="button" className="button button-secondary button-small" disabled={offset === 0}
                  onClick={() => set_offset(Math.max(0, offset - kPointsPageSize))}>← Newer</button>
                <button type="button" className="button button-secondary button-small"
                  disabled={last >= total_entries || logs.data.logs.length < kPointsPageSize}
                  onClick={() => set_offset(offset + kPointsPageSize)}>Older →</button>
              </div>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
