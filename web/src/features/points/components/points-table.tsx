// One page of the ledger: when, what for (the kind and the server's description), and the signed points.
import { formatDateTime, formatSigned } from "../../../lib/format";
import { sourceLabel } from "../sources";
import type { PointsLog } from "../types";

export function PointsTable({ logs }: { logs: readonly PointsLog[] }) {
  return (
    <div className="table-wrap">
      <table className="table table-cards points-table">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">For</th>
            <th scope="col" className="numeric">Points</th>
          </tr>
        </thead>
        <tbody>
          {logs.map((log) => (
            <tr key={log.id}>
              <td data-label="When">{formatDateTime(log.created_at)}</td>
              <td data-label="For">
                <span className="points-reason">
                  <span className="strong">{sourceLabel(log.source_type)}</span>
                  {log.description && <span className="muted small">{log.description}</span>}
                </span>
              </td>
              <td data-label="Points" className={`numeric points-amount ${log.points < 0 ? "points-minus" : "points-plus"}`}>
                {formatSigned(log.points)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
