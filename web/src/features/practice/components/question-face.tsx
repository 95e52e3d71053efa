// A question answered in its own time: "52 × 4", "√5184", "45% of 900", or a stacked sum shown whole.
import type { CSSProperties } from "react";
import { displayRow } from "../rows";
import type { PracticeQuestion } from "../types";

export function QuestionFace({ question }: { question: PracticeQuestion }) {
  return (
    <div className="stage-face">
      {question.rows.length > 0 ? (
        <p className="stage-stack" data-testid="question-text">
          {question.rows.map((row, index) => (
            <span key={index}>{displayRow(row)}</span>
          ))}
        </p>
      ) : (
        <p className="stage-question" data-testid="question-text" style={{ "--chars": question.text.length } as CSSProperties}>
          {question.text}
        </p>
      )}
    </div>
  );
}
