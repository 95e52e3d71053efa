// The one place that formats values for display. The server sends instants as ISO-8601 with an offset;
// they are shown in the browser's locale and time zone.

export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" });
}

export function formatNumber(value: number): string {
  return value.toLocaleString();
}

export function formatDays(count: number): string {
  return `${formatNumber(count)} ${count === 1 ? "day" : "days"}`;
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" });
}

// A count that may go either way, with its sign: "+39", "−100", "0".
export function formatSigned(value: number): string {
  if (value > 0) return `+${formatNumber(value)}`;
  if (value < 0) return `−${formatNumber(-value)}`;
  return "0";
}

// A percentage as the server computed it (at most 2 decimals): "62.5%".
export function formatPercent(value: number): string {
  return `${value.toLocaleString(undefined, { maximumFractionDigits: 2 })}%`;
}

// A running clock: "0:07", "12:45", "1:02:03".
export function formatClock(total_seconds: number): string {
  const seconds = Math.max(0, Math.floor(total_seconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}

// A time taken, in words: "8.4 s", "3 min 5 s", "1 h 2 min".
export function formatDuration(total_seconds: number): string {
  const seconds = Math.max(0, total_seconds);
  if (seconds < 60) return `${Math.round(seconds * 10) / 10} s`;
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  if (hours > 0) return `${hours} h ${minutes} min`;
  return `${minutes} min ${whole % 60} s`;
}
