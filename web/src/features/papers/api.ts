// Every worksheet (papers) request, declared once: a typed fetcher and its TanStack Query hook, with the
// hand-written shapes of these routes (the OpenAPI spec does not cover them yet). Field names are the
// server's wire names (docs/generator.md §4).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, apiFile, type FileDownload } from "../../lib/api";

export type QuestionType =
  | "addition"
  | "subtraction"
  | "add_sub"
  | "multiplication"
  | "division"
  | "direct_add_sub"
  | "small_friends_add_sub"
  | "big_friends_add_sub"
  | "decimal_add_sub"
  | "decimal_multiplication"
  | "decimal_division"
  | "integer_add_sub"
  | "lcm"
  | "gcd"
  | "square_root"
  | "cube_root"
  | "percentage";

// The numeric constraints the web app edits. The server echoes more keys (legacy Vedic ones, as null).
export type NumberConstraint =
  | "digits"
  | "rows"
  | "minAnswer"
  | "maxAnswer"
  | "dividendDigits"
  | "divisorDigits"
  | "multiplicandDigits"
  | "multiplierDigits"
  | "rootDigits"
  | "percentageMin"
  | "percentageMax"
  | "numberDigits";

export type Constraints = Partial<Record<NumberConstraint, number | null>> & {
  allowBorrow?: boolean | null;
  allowCarry?: boolean | null;
  [legacy: string]: unknown;
};

export type BlockConfig = {
  id?: string;
  type: QuestionType;
  count: number;
  title?: string | null;
  constraints: Constraints;
};

export type PaperConfig = { title: string; level: string; blocks: BlockConfig[] };

export type Question = {
  id: number;
  text: string;
  operands: (number | string)[];
  operator: string;
  operators: string[] | null;
  answer: number;
  answer_text?: string;
  isVertical: boolean;
};

export type GeneratedBlock = { config: BlockConfig; questions: Question[] };

export type PreviewResponse = { blocks: GeneratedBlock[]; seed: number };

export type PreviewRequest = PaperConfig & { seed?: number };

// The PDF of a preview: the previewed blocks themselves (questions included), so the printed paper is
// exactly what was on screen; the seed is sent along for the record.
export type PdfRequest = { title: string; level: string; blocks: GeneratedBlock[]; seed: number; answer_key: boolean };

export type SavedPaper = {
  id: number;
  title: string;
  level: string;
  seed: number | null;
  created_at: string;
  created_by_user_id: number | null;
  config: PaperConfig;
};

export type NewPaper = { title: string; level: string; config: PaperConfig; seed: number };

export const paperKeys = {
  presetLevels: ["papers", "preset-levels"] as const,
  saved: ["papers", "saved"] as const,
};

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
