// A user's points and streaks, exactly as the server computed them.
import { formatDays, formatNumber } from "../../../lib/format";
import type { User } from "../types";

type Stat = { label: string; value: string; tone: string };

export function UserStats({ user }: { user: Pick<User, "total_points" | "current_streak" | "longest_streak"> }) {
  const stats: Stat[] = [
    { label: "Points", value: formatNumber(user.total_points), tone: "points" },
    { label: "Current streak", value: formatDays(user.current_streak), tone: "streak" },
    { label: "Longest streak", value: formatDays(user.longest_streak), tone: "best" },
  ];
  return (
    <dl className="stats">
      {stats.map((stat) => (
        <div key={stat.label} className={`stat stat-${stat.tone}`}>
          <dt>{stat.label}</dt>
          <dd>{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
