// One flashed row, as big as the screen allows (a projector at the back of the room), or, in listening
// mode, only a speaker while the row is read aloud. Each row is a new element, so two equal rows in a row
// still blink.
import type { CSSProperties } from "react";
import { displayRow } from "../rows";
import { useSpokenRow } from "../speech";

type FlashRowProps = { row: string; rowNumber: number; rows: number; question: number; listening: boolean; secondsPerRow: number };

export function FlashRow({ row, rowNumber, rows, question, listening, secondsPerRow }: FlashRowProps) {
  useSpokenRow(row, `${question}:${rowNumber}`, listening, secondsPerRow);
  return (
    <div className="stage-face">
      {listening ? (
        <p className="stage-big stage-listen" key={rowNumber} aria-label="Listen">
          <span aria-hidden="true">🔊</span>
        </p>
      ) : (
        <output className="stage-big flash-row" key={rowNumber} data-testid="flash-row" data-row={rowNumber}
          style={{ "--chars": displayRow(row).length } as CSSProperties}>
          {displayRow(row)}
        </output>
      )}
      <p className="muted">Row {rowNumber + 1} of {rows}</p>
    </div>
  );
}
