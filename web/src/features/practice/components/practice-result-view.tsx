// The end screen: the server's result and every question reviewed, with "Practise again".
import { Card } from "../../../components/card";
import type { PracticeResult } from "../types";
import { ResultReview } from "./result-review";
import { ResultSummary } from "./result-summary";

export function PracticeResultView({ result, onAgain }: { result: PracticeResult; onAgain: () => void }) {
  return (
    <>
      <Card title="Your result" className="card-result"
        actions={<button type="button" className="button button-primary" onClick={onAgain} autoFocus>Practise again</button>}>
        <ResultSummary result={result} />
      </Card>
      {result.questions.length > 0 && (
        <Card title="Review">
          <ResultReview questions={result.questions} />
        </Card>
      )}
    </>
  );
}
