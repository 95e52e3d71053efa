// Seconds since `start` (epoch ms), ticking once a second; null before the start.
import { useEffect, useState } from "react";

export function useElapsed(start: number | null): number | null {
  const [now, set_now] = useState(() => Date.now());
  useEffect(() => {
    if (start === null) return;
    const timer = window.setInterval(() => set_now(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [start]);
  return start === null ? null : Math.max(0, (now - start) / 1000);
}
