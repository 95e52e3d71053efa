// The worksheet being edited, as the form holds it (every number as typed text, so an empty field means
// "use the server's default"), its conversion to and from the wire PaperConfig, and the checks shown next
// to each field. The server stays the judge: its 422 `detail` is matched back to the block it names.
import type { BlockConfig, ConstraintSpec, Constraints, PaperConfig, QuestionTypeSpec } from "./api";
import {
  flagDefault, flagFields, isQuestionType, kCountMax, kCountMin, kNewBlockNumbers, kNewBlockType, kTitleMax, numberFields,
  typeSpec, type Catalogue,
} from "./block-types";

export type DraftBlock = {
  key: string; // stable React key, local only
  id?: string; // the preset's (or saved paper's) block id, sent back as it was
  type: string;
  count: string;
  title: string;
  numbers: Record<string, string>; // by constraint name, as typed
  flags: Record<string, boolean>; // checkboxes set away from their default, by constraint name
};

export type Draft = { title: string; level: string; blocks: DraftBlock[] };

export type BlockErrors = { count?: string; title?: string; numbers: Record<string, string>; block?: string };

export const kCustomLevel = "Custom";

let next_key = 0;
function new_key(): string {
  next_key += 1;
  return `block-${next_key}`;
}

function reads(spec: QuestionTypeSpec, name: string): boolean {
  return spec.constraints.some((field) => field.name === name);
}

// The entries of `values` that `spec` reads.
function only_read<T>(spec: QuestionTypeSpec, values: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => reads(spec, name)));
}

export function newBlock(catalogue: Catalogue, type: string = kNewBlockType): DraftBlock {
  const spec = typeSpec(catalogue, isQuestionType(catalogue, type) ? type : (catalogue[0]?.type ?? type));
  return { key: new_key(), type: spec.type, count: "10", title: "", numbers: only_read(spec, kNewBlockNumbers), flags: {} };
}

export function blankDraft(catalogue: Catalogue): Draft {
  return { title: "Practice", level: kCustomLevel, blocks: [newBlock(catalogue)] };
}

// A block switched to another type keeps the values of the fields both types read.
export function changeType(block: DraftBlock, spec: QuestionTypeSpec): DraftBlock {
  return { ...block, type: spec.type, numbers: only_read(spec, block.numbers), flags: only_read(spec, block.flags) };
}

function text_of(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value) ? String(value) : "";
}

// Blocks of types the catalogue lacks are left out; so are constraints their type does not read.
export function draftFromConfig(config: PaperConfig, catalogue: Catalogue): Draft {
  const blocks = config.blocks.flatMap((block): DraftBlock[] => {
    if (!isQuestionType(catalogue, block.type)) return [];
    const spec = typeSpec(catalogue, block.type);
    const numbers: DraftBlock["numbers"] = {};
    for (const field of numberFields(spec)) {
      const text = text_of(block.constraints?.[field.name]);
      if (text !== "") numbers[field.name] = text;
    }
    const flags: DraftBlock["flags"] = {};
    for (const field of flagFields(spec)) {
      const value = block.constraints?.[field.name];
      if (typeof value === "boolean" && value !== flagDefault(field)) flags[field.name] = value;
    }
    return [{
      key: new_key(),
      id: block.id,
      type: block.type,
      count: String(block.count ?? 10),
      title: block.title ?? "",
      numbers,
      flags,
    }];
  });
  return { title: config.title.slice(0, kTitleMax), level: config.level || kCustomLevel, blocks };
}

const kWhole = /^-?\d+$/;

function number_error(field: ConstraintSpec, text: string): string | undefined {
  if (text.trim() === "") return undefined;
  if (!kWhole.test(text.trim())) return "Enter a whole number.";
  const value = Number(text);
  if (field.min !== null && field.max !== null && (value < field.min || value > field.max))
    return `Use ${field.min}–${field.max}.`;
  if (field.min !== null && value < field.min) return `Use at least ${field.min}.`;
  if (field.max !== null && value > field.max) return `Use at most ${field.max}.`;
  return undefined;
}

function value_of(block: DraftBlock, name: string): number | undefined {
  const text = block.numbers[name]?.trim() ?? "";
  return kWhole.test(text) ? Number(text) : undefined;
}

// `spec` is the block's type (typeSpec of its catalogue).
export function blockErrors(block: DraftBlock, spec: QuestionTypeSpec): BlockErrors {
  const errors: BlockErrors = { numbers: {} };
  const count = block.count.trim();
  if (!/^\d+$/.test(count) || Number(count) < kCountMin || Number(count) > kCountMax)
    errors.count = `Use ${kCountMin}–${kCountMax} questions.`;
  if ([...block.title.trim()].length > 60) errors.title = "Use at most 60 characters.";
  for (const field of numberFields(spec)) {
    const message = number_error(field, block.numbers[field.name] ?? "");
    if (message !== undefined) errors.numbers[field.name] = message;
  }
  const pairs: [string, string, string][] = [
    ["minAnswer", "maxAnswer", "Must not be above the largest answer."],
    ["percentageMin", "percentageMax", "Must not be above the highest percent."],
  ];
  for (const [low, high, message] of pairs) {
    if (!reads(spec, low) || !reads(spec, high)) continue;
    const a = value_of(block, low);
    const b = value_of(block, high);
    if (a !== undefined && b !== undefined && a > b && errors.numbers[low] === undefined) errors.numbers[low] = message;
  }
  if (reads(spec, "dividendDigits") && reads(spec, "divisorDigits")) {
    const dividend = value_of(block, "dividendDigits");
    const divisor = value_of(block, "divisorDigits");
    if (dividend !== undefined && divisor !== undefined && dividend < divisor && errors.numbers.dividendDigits === undefined)
      errors.numbers.dividendDigits = "Needs at least as many digits as the divisor.";
  }
  return errors;
}

export function hasErrors(errors: BlockErrors): boolean {
  return errors.count !== undefined || errors.title !== undefined || errors.block !== undefined ||
    Object.keys(errors.numbers).length > 0;
}

export function titleError(title: string): string | null {
  const length = [...title.trim()].length;
  if (length === 0) return "Enter a title.";
  if (length > kTitleMax) return `Use at most ${kTitleMax} characters (this one has ${length}).`;
  return null;
}

export function draftIsValid(draft: Draft, catalogue: Catalogue): boolean {
  return titleError(draft.title) === null && draft.blocks.length > 0 &&
    draft.blocks.every((block) => !hasErrors(blockErrors(block, typeSpec(catalogue, block.type))));
}

// The wire config: only the constraints the block's type reads; empty fields and untouched checkboxes left out.
export function toBlockConfig(block: DraftBlock, spec: QuestionTypeSpec): BlockConfig {
  const constraints: Constraints = {};
  for (const field of numberFields(spec)) {
    const value = value_of(block, field.name);
    if (value !== undefined) constraints[field.name] = value;
  }
  for (const field of flagFields(spec)) {
    const value = block.flags[field.name];
    if (value !== undefined && value !== flagDefault(field)) constraints[field.name] = value;
  }
  // The server requires an id per block: a preset's own, else the local key ("block-3").
  const config: BlockConfig = { id: block.id ?? block.key, type: block.type, count: Number(block.count), constraints };
  const title = block.title.trim();
  if (title !== "") config.title = title;
  return config;
}

export function toPaperConfig(draft: Draft, catalogue: Catalogue): PaperConfig {
  return { title: draft.title.trim(), level: draft.level,
    blocks: draft.blocks.map((block) => toBlockConfig(block, typeSpec(catalogue, block.type))) };
}

// Which block (0-based) a server message names: `Block 2 ("Addition"): …` (1-based) or
// `blocks[1].constraints.digits …` (0-based). Null when it names none.
export function blockIndexOf(detail: string): number | null {
  const named = /^Block (\d+)\b/.exec(detail);
  if (named?.[1] !== undefined) return Number(named[1]) - 1;
  const path = /\bblocks\[(\d+)\]/.exec(detail);
  if (path?.[1] !== undefined) return Number(path[1]);
  return null;
}
