// The generated questions, block by block: sums as a row of abacus columns, other questions as a grid.
import type { GeneratedBlock } from "../api";
import { typeLabel, type Catalogue } from "../block-types";
import { QuestionView } from "./question-view";

type PreviewBlocksProps = { catalogue: Catalogue; blocks: readonly GeneratedBlock[]; showAnswers: boolean };

export function PreviewBlocks({ catalogue, blocks, showAnswers }: PreviewBlocksProps) {
  return (
    <div className="preview-blocks">
      {blocks.map((block, index) => {
        const vertical = block.questions.some((question) => question.isVertical);
        return (
          <section key={index} className="preview-block" aria-label={`Block ${index + 1}`}>
            <h3>
              {block.config.title || typeLabel(catalogue, block.config.type)}{" "}
              <span className="muted small">· {block.questions.length} questions</span>
            </h3>
            <ol className={vertical ? "question-columns" : "question-grid"}>
              {block.questions.map((question) => (
                <QuestionView key={question.id} question={question} showAnswer={showAnswers} />
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
