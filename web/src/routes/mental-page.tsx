// Mental maths: choose an operation and a speed, answer the server's questions against the clock (flashed
// rows for the abacus sums), and see the server's marks and points. A session left unfinished on this
// device is offered back after a reload.
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Card } from "../components/card";
import { ErrorState } from "../components/error-state";
import { FormMessage } from "../components/form-message";
import { LoadingState } from "../components/loading-state";
import { accountKeys } from "../features/accounts/api";
import { usePracticeOptions } from "../features/practice/api";
import { PracticeStage } from "../features/practice/components/practice-stage";
import { ResumePrompt } from "../features/practice/components/resume-prompt";
import { SettingsForm } from "../features/practice/components/settings-form";
import { PracticeResultView } from "../features/practice/components/practice-result-view";
import { draftFor, operationOf, toNewSession, type SettingsDraft } from "../features/practice/settings";
import { canSpeak } from "../features/practice/speech";
import type { PracticeOperation } from "../features/practice/types";
import { usePracticeFlow } from "../features/practice/use-practice-flow";
import { useDocumentTitle } from "../lib/use-document-title";
import { useSession } from "./session";

export function MentalPage() {
  useDocumentTitle("Mental maths");
  const options = usePracticeOptions();
  return (
    <div className="page page-practice">
      {options.isPending && <LoadingState label="Loading the operations…" />}
      {options.isError && (
        <ErrorState error={options.error} title="Could not load the operations" onRetry={() => void options.refetch()} />
      )}
      {options.isSuccess && <MentalPractice operations={options.data.operations} maxQuestions={options.data.max_questions} />}
    </div>
  );
}

function label_of(operations: readonly PracticeOperation[], type: string): string {
  return operationOf(operations, type)?.label ?? type;
}

function MentalPractice({ operations, maxQuestions }: { operations: readonly PracticeOperation[]; maxQuestions: number }) {
  const { user } = useSession();
  const query_client = useQueryClient();
  const flow = usePracticeFlow(user.id, () => void query_client.invalidateQueries({ queryKey: accountKeys.me }));
  const [draft, set_draft] = useState<SettingsDraft | null>(() => (operations[0] ? draftFor(operations[0]) : null));
  const { view } = flow;

  const heading = (
    <div className={`page-heading${view.kind === "run" ? " visually-hidden" : ""}`}>
      <h1>Mental maths</h1>
      {view.kind === "settings" && <p className="muted">Pick an operation and a speed, then answer as fast as you can.</p>}
    </div>
  );
  if (view.kind === "run")
    return (
      <>
        {heading}
        <PracticeStage key={view.session.id} session={view.session} start={view.start} listening={flow.listening && canSpeak()}
          onProgress={flow.keep} onFinished={flow.finish} />
      </>
    );
  if (view.kind === "submitting")
    return (
      <>
        {heading}
        <Card title="Marking your answers">
          {flow.submitError === null ? <LoadingState label="Marking your answers…" /> : (
            <ErrorState error={flow.submitError} title="Your answers were not sent yet" onRetry={flow.retrySubmit} />
          )}
        </Card>
      </>
    );
  if (view.kind === "result") return <>{heading}<PracticeResultView result={view.result} onAgain={flow.again} /></>;
  if (flow.storedResult !== null) return <>{heading}<PracticeResultView result={flow.storedResult} onAgain={flow.again} /></>;

  if (flow.checking) return <>{heading}<LoadingState label="Looking for your unfinished session…" /></>;
  if (flow.checkError !== null)
    return (
      <>
        {heading}
        <ErrorState error={flow.checkError} title="Could not check your unfinished session" onRetry={flow.retryCheck} />
        <button type="button" className="button button-secondary align-start" onClick={flow.discard}>Discard it</button>
      </>
    );
  if (flow.resumable !== null)
    return (
      <>
        {heading}
        <Card title="Welcome back">
          <ResumePrompt answered={flow.resumable.progress.index} total={flow.resumable.session.questions.length}
            label={label_of(operations, flow.resumable.session.operation_type)} onResume={flow.resume} onDiscard={flow.discard} />
        </Card>
      </>
    );

  const operation = draft !== null ? operationOf(operations, draft.operation_type) : undefined;
  return (
    <>
      {heading}
      {flow.closedNotice !== null && <FormMessage kind="error">{flow.closedNotice}</FormMessage>}
      {flow.storedExpired && (
        <FormMessage kind="error">Your last session was not submitted within an hour, so it closed with 0 points.</FormMessage>
      )}
      <Card title="Settings">
        {draft === null || operation === undefined ? <p className="muted">No operations are available.</p> : (
          <SettingsForm operations={operations} maxQuestions={maxQuestions} draft={draft} listening={flow.listening} canListen={canSpeak()}
            starting={flow.starting} error={flow.startError} onChange={set_draft} onListeningChange={flow.setListening}
            onStart={() => flow.begin(toNewSession(draft, operation))} />
        )}
      </Card>
    </>
  );
}
