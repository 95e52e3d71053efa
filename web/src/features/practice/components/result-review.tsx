// Every question of a graded session: the question, the answer given, the right answer and the mark.
import { Mark } from "../../../components/mark";
import { formatDuration } from "../../../lib/format";
import { questionLine } from "../rows";
import type { ReviewedQuestion } from "../types";

export function ResultReview({ questions }: { questions: readonly ReviewedQuestion[] }) {
  return (
    <div className="table-wrap">
      <table className="table table-cards review-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Question</th>
            <th scope="col" className="numeric">Your answer</th>
            <th scope="col" className="numeric">Correct answer</th>
            <th scope="col">Mark</th>
            <th scope="col" className="numeric">Time</th>
          </tr>
        </thead>
        <tbody>
          {questions.map((question) => (
            <tr key={question.question_number} aria-label={`Question ${question.question_number}`}
              className={question.answered ? (question.is_correct ? "row-right" : "row-wrong") : "row-blank"}>
              <td data-label="#">{question.question_number}</td>
              <td data-label="Question" className="review-question">{questionLine(question)}</td>
              <td data-label="Your answer" className="numeric">{question.given ?? "—"}</td>
              <td data-label="Correct answer" className="numeric strong">{question.correct_answer}</td>
              <td data-label="Mark"><Mark answered={question.answered} right={question.is_correct} /></td>
              <td data-label="Time" className="numeric">
                {question.time_taken !== null ? formatDuration(question.time_taken) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
