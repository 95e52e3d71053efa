// A fake clock for tests of timed screens (the mental-maths run, the paper autosave). Vitest's fake timers,
// plus the `jest.advanceTimersByTime` that Testing Library looks for: without it, its async helpers (and so
// user-event) wait on a faked setTimeout(0) that never fires. Call vi.useRealTimers() and
// vi.unstubAllGlobals() after the test.
import { act } from "@testing-library/react";
import { vi } from "vitest";

export function useFakeClock(): void {
  vi.useFakeTimers();
  vi.stubGlobal("jest", { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
}

// Moves the fake clock on in 100 ms steps, letting React, TanStack Query and MSW catch up after each, so a
// timer set by an effect after a render is in place before the clock passes it.
export async function advance(ms: number): Promise<void> {
  let left = ms;
  do {
    const step = Math.min(left, 100);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(step);
    });
    left -= step;
  } while (left > 0);
}
