// Every worksheet (papers) request, declared once: a typed fetcher and its TanStack Query hook. What the
// server answers is typed by the generated API types (src/lib/api-types.ts); what the builder sends is
// looser on purpose (a block's title may be left out, and constraints are edited by name from the catalogue).
// Field names are the server's wire names (docs/generator.md §4).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, apiFile, type FileDownload } from "../../lib/api";
import type { components } from "../../lib/api-types";

type Schemas = components["schemas"];

// The constraints of a block, by wire name (the catalogue below says which ones each type reads). The server
// echoes every key it knows, null when absent, legacy Vedic ones included.
export type Constraints = Record<string, number | boolean | null | undefined>;

// The server requires an id per block ("blocks[0].id is required"): a preset's own, else the builder's key.
export type BlockConfig = {
  id: string;
  type: string; // a catalogue type, e.g. "add_sub"
  count: number;
  title?: string | null;
  constraints: Constraints;
};

export type PaperConfig = { title: string; level: string; blocks: BlockConfig[] };

export type Question = Schemas["Question"];

export type GeneratedBlock = Schemas["GeneratedBlock"];

export type PreviewResponse = Schemas["Preview"];

export type PreviewRequest = PaperConfig & { seed?: number };

// The PDF of a preview: the previewed blocks themselves (questions included), so the printed paper is
// exactly what was on screen; the seed is sent along for the record.
export type PdfRequest = { title: string; level: string; blocks: GeneratedBlock[]; seed: number; answer_key: boolean };

export type SavedPaper = Schemas["SavedPaper"];

export type NewPaper = { title: string; level: string; config: PaperConfig; seed: number };

// The catalogue (GET /api/question-types): each type's label, orientation and the constraints a teacher
// sets, with that type's range and default (null: unbounded, or no default). Types in menu order,
// constraints in form order.
// `type` stays a plain string here: a block may name a type this build of the web has not seen.
export type QuestionTypeCatalogue = Schemas["QuestionTypes"];
export type QuestionTypeSpec = Omit<QuestionTypeCatalogue["question_types"][number], "type"> & { type: string };
export type ConstraintSpec = QuestionTypeSpec["constraints"][number];

export const paperKeys = {
  questionTypes: ["papers", "question-types"] as const,
  presetLevels: ["papers", "preset-levels"] as const,
  saved: ["papers", "saved"] as const,
};

// GET /api/question-types → the generator's catalogue: the block menu and each type's form. It changes only
// with the server, so it is fetched once.
export function getQuestionTypes(signal?: AbortSignal): Promise<QuestionTypeCatalogue> {
  return api<QuestionTypeCatalogue>("/api/question-types", { signal });
}

export function useQuestionTypes() {
  return useQuery({ queryKey: paperKeys.questionTypes, queryFn: ({ signal }) => getQuestionTypes(signal), staleTime: Infinity });
}

// GET /api/presets → the preset level names, e.g. ["Junior", "AB-1", …, "Advanced"].
export function getPresetLevels(signal?: AbortSignal): Promise<string[]> {
  return api<string[]>("/api/presets", { signal });
}

export function usePresetLevels() {
  return useQuery({ queryKey: paperKeys.presetLevels, queryFn: ({ signal }) => getPresetLevels(signal), staleTime: Infinity });
}

// GET /api/presets/{level} → that level's PaperConfig.
export function getPreset(level: string): Promise<PaperConfig> {
  return api<PaperConfig>(`/api/presets/${encodeURIComponent(level)}`);
}

export function useLoadPreset() {
  return useMutation({ mutationFn: getPreset });
}

// POST /api/papers/preview: 422 with a detail naming the block (`Block 2 ("Addition"): …`). Without a seed
// the server draws one; the same seed gives the same questions.
export function previewPaper(request: PreviewRequest): Promise<PreviewResponse> {
  return api<PreviewResponse>("/api/papers/preview", { method: "POST", body: request });
}

export function usePreviewPaper() {
  return useMutation({ mutationFn: previewPaper });
}

// POST /api/papers/generate-pdf → application/pdf.
export function generatePdf(request: PdfRequest): Promise<FileDownload> {
  return apiFile("/api/papers/generate-pdf", { method: "POST", body: request });
}

export function useGeneratePdf() {
  return useMutation({ mutationFn: generatePdf });
}

// POST /api/papers (teachers and admins) → the stored paper.
export function savePaper(paper: NewPaper): Promise<SavedPaper> {
  return api<SavedPaper>("/api/papers", { method: "POST", body: paper });
}

export function useSavePaper() {
  const query_client = useQueryClient();
  return useMutation({
    mutationFn: savePaper,
    onSuccess: () => query_client.invalidateQueries({ queryKey: paperKeys.saved }),
  });
}

// GET /api/papers (teachers and admins) → saved worksheets.
export function getSavedPapers(signal?: AbortSignal): Promise<SavedPaper[]> {
  return api<SavedPaper[]>("/api/papers", { signal });
}

export function useSavedPapers(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: paperKeys.saved,
    queryFn: ({ signal }) => getSavedPapers(signal),
    enabled: options.enabled ?? true,
  });
}

// GET /api/papers/{id} → one saved worksheet (to reopen it in the builder).
export function getSavedPaper(id: number): Promise<SavedPaper> {
  return api<SavedPaper>(`/api/papers/${id}`);
}

export function useOpenSavedPaper() {
  return useMutation({ mutationFn: getSavedPaper });
}

// POST /api/papers/{id}/download {answer_key} → application/pdf of a saved worksheet.
export function downloadSavedPaper({ id, answer_key }: { id: number; answer_key: boolean }): Promise<FileDownload> {
  return apiFile(`/api/papers/${id}/download`, { method: "POST", body: { answer_key } });
}

export function useDownloadSavedPaper() {
  return useMutation({ mutationFn: downloadSavedPaper });
}
