// One block of the paper, as the legacy page laid it out: stacked sums side by side with a box under each,
// or one-line questions in two columns, each followed by its box.
import type { Drafts } from "../answers";
import { sumRows } from "../answers";
import type { AttemptBlock } from "../types";
import { SheetAnswer } from "./sheet-answer";

type SheetBlockProps = {
  block: AttemptBlock;
  title: string;
  firstOrder: number; // the paper-wide position of the block's first question (Enter goes to the next)
  drafts: Drafts;
  onAnswer: (questionId: number, text: string) => void;
};

export function SheetBlock({ block, title, firstOrder, drafts, onAnswer }: SheetBlockProps) {
  const vertical = block.questions.some((question) => question.isVertical);
  return (
    <section className="sheet-block" aria-label={title}>
      <h3>{title} <span className="muted small">· {block.questions.length} questions</span></h3>
      <ol className={vertical ? "question-columns sheet-columns" : "sheet-lines"}>
        {block.questions.map((question, index) => {
          const answer = (
            <SheetAnswer questionId={question.id} order={firstOrder + index} value={drafts[String(question.id)] ?? ""}
              className={question.isVertical ? "sum-input" : "line-input"} onChange={(text) => onAnswer(question.id, text)} />
          );
          return question.isVertical ? (
            <li key={question.id} className="question question-vertical sheet-question" aria-label={`Question ${question.id}`}>
              <span className="question-number">{question.id}</span>
              <span className="sum-rows">
                {sumRows(question).map((row, row_index) => <span key={row_index} className="sum-row">{row}</span>)}
              </span>
              {answer}
            </li>
          ) : (
            <li key={question.id} className="question question-horizontal sheet-line" aria-label={`Question ${question.id}`}>
              <span className="question-number">{question.id}</span>
              <span className="question-text">{question.text}</span>
              {answer}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
