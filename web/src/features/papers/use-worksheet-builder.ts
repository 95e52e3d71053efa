// The worksheet builder's state and actions in one hook, so the page only lays components out: the draft,
// presets, the preview (and the exact config and seed it was made from), PDF downloads, saving and
// reopening saved worksheets. A server refusal that names a block is kept for that block. `catalogue` is the
// server's question types (GET /api/question-types), loaded before the builder is shown.
import { useState } from "react";
import { ApiError, errorMessage } from "../../lib/api";
import { saveFile } from "../../lib/download";
import type { FileDownload } from "../../lib/api";
import {
  useDownloadSavedPaper,
  useGeneratePdf,
  useLoadPreset,
  useOpenSavedPaper,
  usePreviewPaper,
  useSavePaper,
  type PaperConfig,
  type PreviewResponse,
} from "./api";
import type { Catalogue } from "./block-types";
import { blankDraft, blockIndexOf, draftFromConfig, draftIsValid, kCustomLevel, toPaperConfig, type Draft } from "./draft";

export type Previewed = { config: PaperConfig; result: PreviewResponse };

function file_name(title: string, answer_key: boolean): string {
  const base = title.trim().replace(/[^\w-]+/g, "_") || "worksheet";
  return `${base}${answer_key ? "_answer_key" : ""}.pdf`;
}

function deliver(download: FileDownload, title: string, answer_key: boolean): void {
  saveFile(download.blob, download.fileName ?? file_name(title, answer_key));
}

export function useWorksheetBuilder(catalogue: Catalogue) {
  const [draft, set_draft] = useState<Draft>(() => blankDraft(catalogue));
  const [previewed, set_previewed] = useState<Previewed | null>(null);
  const [show_answers, set_show_answers] = useState(false);
  const [server_error, set_server_error] = useState<{ index: number | null; detail: string } | null>(null);
  const [notice, set_notice] = useState<string | null>(null);
  const preset = useLoadPreset();
  const preview = usePreviewPaper();
  const pdf = useGeneratePdf();
  const save = useSavePaper();
  const open_saved = useOpenSavedPaper();
  const download_saved = useDownloadSavedPaper();

  const edit = (changed: Draft) => {
    set_draft(changed);
    set_server_error(null);
  };

  const run_preview = (config: PaperConfig, seed?: number) => {
    set_server_error(null);
    set_notice(null);
    preview.mutate(seed === undefined ? config : { ...config, seed }, {
      onSuccess: (result) => set_previewed({ config, result }),
      onError: (error) => {
        const detail = errorMessage(error);
        set_server_error({ index: error instanceof ApiError && error.status === 422 ? blockIndexOf(detail) : null, detail });
      },
    });
  };

  const choose_level = (level: string) => {
    set_server_error(null);
    if (level === kCustomLevel) {
      set_draft(blankDraft(catalogue));
      return;
    }
    preset.mutate(level, {
      onSuccess: (config) => set_draft(draftFromConfig({ ...config, level: config.level || level }, catalogue)),
    });
  };

  const block_errors = new Map<number, string>();
  if (server_error !== null && server_error.index !== null && server_error.index < draft.blocks.length)
    block_errors.set(server_error.index, server_error.detail);
  const form_error = server_error !== null && !block_errors.size ? server_error.detail : null;

  return {
    draft,
    edit,
    chooseLevel: choose_level,
    loadingPreset: preset.isPending,
    presetError: preset.isError ? errorMessage(preset.error) : null,
    blockServerErrors: block_errors,
    formError: form_error,
    previewing: preview.isPending,
    // Preview the draft as it is now (a new seed), once every field is acceptable.
    preview: () => {
      if (!draftIsValid(draft, catalogue)) {
        set_server_error({ index: null, detail: "Fix the fields marked above first." });
        return;
      }
      run_preview(toPaperConfig(draft, catalogue));
    },
    previewed,
    showAnswers: show_answers,
    toggleAnswers: () => set_show_answers((shown) => !shown),
    newQuestions: () => previewed !== null && run_preview(previewed.config),
    sameSeed: () => previewed !== null && run_preview(previewed.config, previewed.result.seed),
    downloading: pdf.isPending,
    download: (answer_key: boolean) => {
      if (previewed === null) return;
      const { config, result } = previewed;
      pdf.mutate({ title: config.title, level: config.level, blocks: result.blocks, seed: result.seed, answer_key },
        { onSuccess: (file) => deliver(file, config.title, answer_key) });
    },
    downloadError: pdf.isError ? errorMessage(pdf.error) : null,
    saving: save.isPending,
    save: () => {
      if (previewed === null) return;
      const { config, result } = previewed;
      save.mutate({ title: config.title, level: config.level, config, seed: result.seed },
        { onSuccess: (paper) => set_notice(`Saved “${paper.title ?? config.title}”.`) });
    },
    saveError: save.isError ? errorMessage(save.error) : null,
    notice,
    savedBusyId: open_saved.isPending ? (open_saved.variables ?? null)
      : download_saved.isPending ? (download_saved.variables?.id ?? null) : null,
    savedError: open_saved.isError ? errorMessage(open_saved.error)
      : download_saved.isError ? errorMessage(download_saved.error) : null,
    openSaved: (id: number) =>
      open_saved.mutate(id, {
        onSuccess: (paper) => {
          const config: PaperConfig = { ...paper.config, title: paper.config?.title ?? paper.title,
            level: paper.config?.level ?? paper.level };
          set_draft(draftFromConfig(config, catalogue));
          run_preview(config, paper.seed ?? undefined);
        },
      }),
    downloadSaved: (id: number, answer_key: boolean) =>
      download_saved.mutate({ id, answer_key }, { onSuccess: (file) => deliver(file, `worksheet-${id}`, answer_key) }),
  };
}
