// Worksheets: build a practice paper from a preset or from scratch, preview it, download it as a PDF and,
// for teachers and admins, save it and reopen saved ones. The builder waits for the server's question types
// (its block menu and forms). Any worksheet, previewed or saved, can also be answered online: that starts a
// paper attempt (features/attempts) and opens it.
import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import { Card } from "../components/card";
import { ErrorState } from "../components/error-state";
import { FormMessage } from "../components/form-message";
import { LoadingState } from "../components/loading-state";
import { useStartAttempt } from "../features/attempts/api";
import type { NewAttempt } from "../features/attempts/types";
import { usePresetLevels, useQuestionTypes } from "../features/papers/api";
import type { Catalogue } from "../features/papers/block-types";
import { PreviewBlocks } from "../features/papers/components/preview-blocks";
import { PreviewToolbar } from "../features/papers/components/preview-toolbar";
import { SavedWorksheets } from "../features/papers/components/saved-worksheets";
import { WorksheetForm } from "../features/papers/components/worksheet-form";
import { useWorksheetBuilder } from "../features/papers/use-worksheet-builder";
import { errorMessage } from "../lib/api";
import { useDocumentTitle } from "../lib/use-document-title";
import { useSession } from "./session";

export function WorksheetsPage() {
  useDocumentTitle("Worksheets");
  const question_types = useQuestionTypes();
  return (
    <div className="page page-wide">
      <div className="page-heading">
        <h1>Worksheets</h1>
        <p className="muted">Build a practice paper, preview its questions and print it.</p>
      </div>
      {question_types.isPending ? (
        <Card title="Build"><LoadingState label="Loading question types…" /></Card>
      ) : question_types.isError ? (
        <Card title="Build">
          <ErrorState error={question_types.error} title="Could not load the question types"
            onRetry={() => void question_types.refetch()} />
        </Card>
      ) : (
        <WorksheetsBuilder catalogue={question_types.data.question_types} />
      )}
    </div>
  );
}

function WorksheetsBuilder({ catalogue }: { catalogue: Catalogue }) {
  const { user } = useSession();
  const levels = usePresetLevels();
  const builder = useWorksheetBuilder(catalogue);
  const can_save = user.role === "teacher" || user.role === "admin";
  const previewed = builder.previewed;
  const question_count = previewed?.result.blocks.reduce((sum, block) => sum + block.questions.length, 0) ?? 0;
  // A new preview (a new seed) is scrolled into view: on a long preset it would otherwise sit far below.
  const preview_ref = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const attempt = useStartAttempt();
  const attempt_online = (request: NewAttempt) =>
    attempt.mutate(request, { onSuccess: (started) => void navigate(`/papers/attempt/${started.id}`) });
  const attempt_error = attempt.isError ? errorMessage(attempt.error) : null;
  const attempt_of_saved = attempt.variables?.paper_id !== undefined;
  const seed = previewed?.result.seed;
  useEffect(() => {
    if (seed !== undefined) preview_ref.current?.scrollIntoView?.({ behavior: "smooth", block: "start" });
  }, [seed]);

  return (
    <>
      <Card title="Build">
        <WorksheetForm
          catalogue={catalogue}
          draft={builder.draft}
          levels={levels.data ?? []}
          levelsError={levels.isError ? `Presets unavailable: ${errorMessage(levels.error)}` : null}
          loadingPreset={builder.loadingPreset}
          presetError={builder.presetError}
          blockServerErrors={builder.blockServerErrors}
          formError={builder.formError}
          previewing={builder.previewing}
          onChange={builder.edit}
          onChooseLevel={builder.chooseLevel}
          onPreview={builder.preview}
        />
      </Card>
      <div ref={preview_ref} className="scroll-target" />
      {previewed !== null && (
        <Card title={`Preview: ${previewed.config.title}`} className="card-preview">
          <PreviewToolbar
            seed={previewed.result.seed}
            questionCount={question_count}
            showAnswers={builder.showAnswers}
            busy={builder.previewing}
            downloading={builder.downloading}
            canSave={can_save}
            saving={builder.saving}
            attempting={attempt.isPending}
            onToggleAnswers={builder.toggleAnswers}
            onNewQuestions={builder.newQuestions}
            onSameSeed={builder.sameSeed}
            onDownload={builder.download}
            onSave={builder.save}
            onAttempt={() => attempt_online({ paper_title: previewed.config.title, paper_level: previewed.config.level,
              paper_config: previewed.config, generated_blocks: previewed.result.blocks, seed: previewed.result.seed })}
          />
          {attempt_error !== null && !attempt_of_saved && <FormMessage kind="error">{attempt_error}</FormMessage>}
          {builder.downloadError !== null && <FormMessage kind="error">{builder.downloadError}</FormMessage>}
          {builder.saveError !== null && <FormMessage kind="error">{builder.saveError}</FormMessage>}
          {builder.notice !== null && <FormMessage kind="success">{builder.notice}</FormMessage>}
          <PreviewBlocks catalogue={catalogue} blocks={previewed.result.blocks} showAnswers={builder.showAnswers} />
        </Card>
      )}
      {can_save && (
        <Card title="Saved worksheets">
          {builder.savedError !== null && <FormMessage kind="error">{builder.savedError}</FormMessage>}
          {attempt_error !== null && attempt_of_saved && <FormMessage kind="error">{attempt_error}</FormMessage>}
          <SavedWorksheets busyId={builder.savedBusyId ?? (attempt.isPending ? (attempt.variables?.paper_id ?? null) : null)} onOpen={builder.openSaved} onDownload={builder.downloadSaved}
            onAttempt={(paper_id) => attempt_online({ paper_id })} />
        </Card>
      )}
    </>
  );
}
