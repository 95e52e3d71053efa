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
