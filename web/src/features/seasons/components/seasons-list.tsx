// Archived seasons, newest first; choosing one shows its standings.
import { formatDate, formatNumber } from "../../../lib/format";
import type { Season } from "../api";

type SeasonsListProps = { seasons: readonly Season[]; selectedId: number | null; onSelect: (id: number) => void };

function scope_text(season: Season): string {
  const { branch, course } = season.scope;
  if (branch === null && course === null) return "Everyone";
  return [branch, course].filter(Boolean).join(" · ");
}

function dates_text(season: Season): string | null {
  const from = season.started_at ? formatDate(season.started_at) : null;
  const to = season.ended_at ? formatDate(season.ended_at) : null;
  if (from !== null && to !== null) return `${from} – ${to}`;
  if (to !== null) return `Ended ${to}`;
  return from;
}

export function SeasonsList({ seasons, selectedId, onSelect }: SeasonsListProps) {
  return (
    <ul className="season-list">
      {seasons.map((season) => {
        const students = season.students;
        const details = [scope_text(season), dates_text(season),
          `${formatNumber(students)} ${students === 1 ? "student" : "students"}`];
        return (
          <li key={season.id}>
            <button type="button" className={`season-item${season.id === selectedId ? " selected" : ""}`}
              aria-pressed={season.id === selectedId} onClick={() => onSelect(season.id)}>
              <span className="strong">{season.name || `Season #${season.id}`}</span>
              <span className="muted small">{details.filter(Boolean).join(" · ")}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
