// Listening mode: the flashed rows read aloud with the browser's speech synthesis, as a teacher dictates a
// sum ("34", "plus 12", "minus 5"). Browsers without window.speechSynthesis simply cannot offer it.
import { useEffect } from "react";

export function canSpeak(): boolean {
  return typeof window !== "undefined" && "speechSynthesis" in window && typeof window.SpeechSynthesisUtterance === "function";
}

// The words for one row of a stacked sum: "+34" → "plus 34", "-5" (or "−5") → "minus 5", "12" → "12".
export function spokenRow(row: string): string {
  const text = row.replace(/\s+/g, "").replace(/^[−–]/, "-");
  if (text.startsWith("+")) return `plus ${text.slice(1)}`;
  if (text.startsWith("-")) return `minus ${text.slice(1)}`;
  return text;
}

export function stopSpeaking(): void {
  if (!canSpeak()) return;
  try {
    window.speechSynthesis.cancel();
  } catch {
    // Nothing was being said.
  }
}

// Says `text`, cutting off whatever was still being said. Faster flashing speaks faster (up to 2×).
export function speak(text: string, seconds_per_row: number): void {
  if (!canSpeak()) return;
  try {
    window.speechSynthesis.cancel();
    const utterance = new window.SpeechSynthesisUtterance(text);
    utterance.rate = Math.min(2, Math.max(1, 1.2 / Math.max(seconds_per_row, 0.1)));
    window.speechSynthesis.speak(utterance);
  } catch {
    // A browser that refuses to speak leaves the row on screen only.
  }
}

// Speaks each new row while `enabled`; stops when the row leaves the screen for good.
export function useSpokenRow(row: string | null, key: string, enabled: boolean, seconds_per_row: number): void {
  useEffect(() => {
    if (!enabled || row === null) return;
    speak(spokenRow(row), seconds_per_row);
  }, [row, key, enabled, seconds_per_row]);
  useEffect(() => (enabled ? stopSpeaking : undefined), [enabled]);
}
