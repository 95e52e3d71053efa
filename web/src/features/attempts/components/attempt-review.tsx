// Every question of a completed attempt, block by block: the question, the answer given, the answer key
// and the mark.
import { Mark } from "../../../components/mark";
import { questionLine } from "../answers";
import type { ReviewBlock } from "../review";

export function AttemptReview({ blocks }: { blocks: readonly ReviewBlock[] }) {
  return (
    <div className="review-blocks">
      {blocks.map((block, index) => (
        <section key={index} aria-label={`Review: ${block.title}`}>
          <h3>{block.title}</h3>
          <div className="table-wrap">
            <table className="table table-cards review-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Question</th>
                  <th scope="col" className="numeric">Your answer</th>
                  <th scope="col" className="numeric">Correct answer</th>
                  <th scope="col">Mark</th>
                </tr>
              </thead>
              <tbody>
                {block.rows.map(({ question, given, correct, mark }) => (
                  <tr key={question.id} aria-label={`Question ${question.id}`} className={mark !== null ? `row-${mark}` : undefined}>
                    <td data-label="#">{question.id}</td>
                    <td data-label="Question" className="review-question">{questionLine(question)}</td>
                    <td data-label="Your answer" className="numeric">{given ?? "—"}</td>
                    <td data-label="Correct answer" className="numeric strong">{correct ?? "—"}</td>
                    <td data-label="Mark">{mark !== null ? <Mark answered={mark !== "blank"} right={mark === "right"} /> : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
