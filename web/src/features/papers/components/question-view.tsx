// One generated question as the server wrote it: a stacked abacus sum (one row per line of `text`, the
// answer under a rule) or a one-line question. The answer is the server's exact `answer_text`.
import type { Question } from "../api";

function answer_of(question: Question): string {
  return question.answer_text ?? String(question.answer);
}

export function QuestionView({ question, showAnswer }: { question: Question; showAnswer: boolean }) {
  if (question.isVertical) {
    const rows = question.text.split("\n");
    return (
      <li className="question question-vertical" aria-label={`Question ${question.id}`}>
        <span className="question-number">{question.id}</span>
        <span className="sum-rows">
          {rows.map((row, index) => (
            <span key={index} className="sum-row">{row}</span>
          ))}
        </span>
        <span className="sum-answer">{showAnswer ? answer_of(question) : "\u00a0"}</span>
      </li>
    );
  }
  return (
    <li className="question question-horizontal" aria-label={`Question ${question.id}`}>
      <span className="question-number">{question.id}</span>
      <span className="question-text">{question.text}</span>
      {showAnswer && <span className="question-answer">{answer_of(question)}</span>}
    </li>
  );
}
