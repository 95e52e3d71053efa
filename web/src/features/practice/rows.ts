// How a question's rows read on screen: a typographic minus ("−5"), and a whole stacked sum on one line
// for the review ("12 + 34 − 5").
import type { PracticeQuestion } from "./types";

export function displayRow(row: string): string {
  const text = row.trim();
  if (text.startsWith("-")) return `−${text.slice(1).trim()}`;
  if (text.startsWith("+")) return `+${text.slice(1).trim()}`;
  return text;
}

export function questionLine(question: Pick<PracticeQuestion, "rows" | "text">): string {
  if (question.rows.length === 0) return question.text;
  return question.rows
    .map((row, index) => {
      const shown = displayRow(row);
      return index > 0 && /^[+−]/.test(shown) ? `${shown.charAt(0)} ${shown.slice(1)}` : shown;
    })
    .join(" ");
}
