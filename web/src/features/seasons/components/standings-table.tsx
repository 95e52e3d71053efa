// A closed season's final standings. On a phone each row becomes a card (see .table-cards).
import { formatNumber } from "../../../lib/format";
import type { Standing } from "../api";

function number_or_dash(value: number | null | undefined): string {
  return typeof value === "number" ? formatNumber(value) : "—";
}

export function StandingsTable({ standings }: { standings: readonly Standing[] }) {
  return (
    <div className="table-wrap">
      <table className="table table-cards table-standings">
        <thead>
          <tr>
            <th scope="col" className="numeric">Rank</th>
            <th scope="col">Student</th>
            <th scope="col">Branch</th>
            <th scope="col">Course · level</th>
            <th scope="col" className="numeric">Points</th>
            <th scope="col" className="numeric">Best streak</th>
            <th scope="col" className="numeric">Questions</th>
            <th scope="col" className="numeric">Badges</th>
          </tr>
        </thead>
        <tbody>
          {standings.map((row) => (
            <tr key={row.user_id}>
              <td data-label="Rank" className="numeric">{number_or_dash(row.rank)}</td>
              <td data-label="Student" className="standing-student">
                <span className="user-cell">
                  <span className="strong">{row.name}</span>
                  {row.public_id && <span className="muted small">{row.public_id}</span>}
                </span>
              </td>
              <td data-label="Branch">{row.branch ?? "—"}</td>
              <td data-label="Course · level" className="standing-course">{[row.course, row.level].filter(Boolean).join(" · ") || "—"}</td>
              <td data-label="Points" className="numeric">{number_or_dash(row.final_points)}</td>
              <td data-label="Best streak" className="numeric">{number_or_dash(row.longest_streak)}</td>
              <td data-label="Questions" className="numeric">{number_or_dash(row.total_questions_attempted)}</td>
              <td data-label="Badges" className="numeric">{number_or_dash(row.badges_count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
