// A session being played: the big face (get ready, a flashed row, or the question), the time left and the
// answer box. The run itself is use-practice-run's; this only lays it out.
import { useEffect, useRef } from "react";
import { timeLeft, type RunProgress } from "../run";
import type { PracticeSession } from "../types";
import { usePracticeRun } from "../use-practice-run";
import { AnswerForm } from "./answer-form";
import { FlashRow } from "./flash-row";
import { GetReady } from "./get-ready";
import { QuestionFace } from "./question-face";
import { TimeLeft } from "./time-left";

type PracticeStageProps = {
  session: PracticeSession;
  start: RunProgress;
  listening: boolean;
  onProgress: (progress: RunProgress) => void;
  onFinished: (progress: RunProgress) => void;
};

export function PracticeStage({ session, start, listening, onProgress, onFinished }: PracticeStageProps) {
  const run = usePracticeRun(session, start, { onProgress, onFinished });
  // The stage fills the screen: bring all of it into view when it opens (the settings may have been scrolled).
  const stage = useRef<HTMLElement>(null);
  useEffect(() => {
    // Braces: newer browsers return a promise from scrollIntoView, which must not become the effect's cleanup.
    stage.current?.scrollIntoView?.({ block: "start" });
  }, []);
  const { state } = run;
  const { phase } = state;
  const total = session.questions.length;
  const number = Math.min(state.index + 1, total);
  const question = session.questions[state.index];
  const left = timeLeft(state);

  let face = null;
  if (phase.kind === "ready") face = <GetReady count={phase.count} question={number} total={total} />;
  else if (phase.kind === "next")
    face = <div className="stage-face"><p className="stage-caption">Next: question {number} of {total}</p></div>;
  else if (phase.kind === "flash" && question !== undefined)
    face = <FlashRow row={question.rows[phase.row] ?? ""} rowNumber={phase.row} rows={question.rows.length}
      question={question.question_number} listening={listening} secondsPerRow={session.seconds} />;
  else if (phase.kind === "answer" && question !== undefined)
    face = session.flash
      ? <div className="stage-face"><p className="stage-caption stage-your-turn">Your answer?</p></div>
      : <QuestionFace question={question} />;
  else if (phase.kind === "done")
    face = <div className="stage-face"><p className="stage-caption">All done!</p></div>;

  return (
    <section ref={stage} className={`practice-stage${session.flash ? " practice-stage-flash" : ""}`} aria-label="Mental maths session">
      <header className="stage-top">
        <span className="stage-count" data-testid="question-count">Question {number} of {total}</span>
        {left !== null ? <TimeLeft seconds={left.seconds} fraction={left.fraction} /> : <span className="time-left-placeholder" />}
      </header>
      <div className="stage-main">{face}</div>
      <AnswerForm value={state.draft} open={phase.kind === "answer"} onType={run.type} onSubmit={run.submit} />
    </section>
  );
}
