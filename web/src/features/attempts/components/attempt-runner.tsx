// An open attempt: the start screen, then the paper with its answer boxes under a toolbar (clock,
// progress, save state, Submit). Answers start from what the server saved and are autosaved; Submit needs
// one answer and asks first when some are blank.
import { useMemo, useState } from "react";
import { FormMessage } from "../../../components/form-message";
import { errorMessage } from "../../../lib/api";
import { allQuestions, answeredCount, blockOffsets, draftsFrom, wireAnswers, type Drafts } from "../answers";
import { useSubmitAttempt } from "../api";
import { readAttemptStart, storeAttemptStart } from "../attempt-clock";
import type { PaperAttemptDetail, PaperAttemptResult } from "../types";
import { useAutosave } from "../use-autosave";
import { useElapsed } from "../use-elapsed";
import { AttemptStart } from "./attempt-start";
import { AttemptToolbar } from "./attempt-toolbar";
import { SheetBlock } from "./sheet-block";
import { SubmitConfirm } from "./submit-confirm";

type AttemptRunnerProps = {
  detail: PaperAttemptDetail;
  blockTitles: string[];
  onSubmitted: (result: PaperAttemptResult) => void;
  onClosed: () => void;
};

const kMaxSeconds = 86_400;

export function AttemptRunner({ detail, blockTitles, onSubmitted, onClosed }: AttemptRunnerProps) {
  const [drafts, set_drafts] = useState<Drafts>(() => draftsFrom(detail.answers));
  const [start, set_start] = useState<number | null>(() => readAttemptStart(detail.id));
  const [confirming, set_confirming] = useState(false);
  const questions = useMemo(() => allQuestions(detail.generated_blocks), [detail.generated_blocks]);
  const answers = useMemo(() => wireAnswers(drafts), [drafts]);
  const submit = useSubmitAttempt();
  const autosave = useAutosave(detail.id, answers, start !== null && !submit.isPending && !submit.isSuccess, onClosed);
  const elapsed = useElapsed(start) ?? 0;
  const answered = answeredCount(drafts, questions);
  const blank = questions.length - answered;

  const begin = () => {
    // A reload carries this device's clock on; another device counts from the attempt's start.
    const server_start = Date.parse(detail.started_at);
    const at = readAttemptStart(detail.id) ?? (answered > 0 && !Number.isNaN(server_start) ? Math.min(server_start, Date.now()) : Date.now());
    storeAttemptStart(detail.id, at);
    set_start(at);
  };
  const send = () => {
    const time_taken = Math.min(kMaxSeconds, Math.round(elapsed * 10) / 10);
    submit.mutate({ id: detail.id, submission: { answers, time_taken } }, {
      onSuccess: onSubmitted,
      onSettled: () => set_confirming(false),
    });
  };
  const ask_submit = () => {
    if (answered === 0) return;
    if (blank > 0) set_confirming(true);
    else send();
  };

  if (start === null) return <AttemptStart detail={detail} blockTitles={blockTitles} answered={answered} onStart={begin} />;
  const offsets = blockOffsets(detail.generated_blocks);
  return (
    <div className="attempt">
      <AttemptToolbar elapsed={elapsed} answered={answered} total={questions.length} save={autosave.status}
        submitting={submit.isPending} onSubmit={ask_submit} />
      {confirming && (
        <SubmitConfirm blank={blank} busy={submit.isPending} onConfirm={send} onCancel={() => set_confirming(false)} />
      )}
      {submit.isError && <FormMessage kind="error">{errorMessage(submit.error)}</FormMessage>}
      <div className="sheet">
        {detail.generated_blocks.map((block, index) => (
          <SheetBlock key={index} block={block} title={blockTitles[index] ?? `Block ${index + 1}`} firstOrder={offsets[index] ?? 0}
            drafts={drafts} onAnswer={(id, text) => set_drafts((current) => ({ ...current, [String(id)]: text }))} />
        ))}
      </div>
      <div className="sheet-footer">
        <span className="muted">{answered} / {questions.length} answered</span>
        <button type="button" className="button button-primary" onClick={ask_submit} disabled={submit.isPending || answered === 0}>
          Submit paper
        </button>
      </div>
    </div>
  );
}
