// The worksheet being edited, as the form holds it (every number as typed text, so an empty field means
// "use the server's default"), its conversion to and from the wire PaperConfig, and the checks shown next
// to each field. The server stays the judge: its 422 `detail` is matched back to the block it names.
import type { BlockConfig, Constraints, NumberConstraint, PaperConfig, QuestionType } from "./api";
import { isQuestionType, kBlockTypes, kCountMax, kCountMin, kTitleMax, type NumberFieldSpec } from "./block-types";

export type DraftBlock = {
  key: string; // stable React key, local only
  id?: string; // the preset's (or saved paper's) block id, sent back as it was
  type: QuestionType;
  count: string;
  title: string;
  numbers: Partial<Record<NumberConstraint, string>>;
  allowCarry: boolean;
  allowBorrow: boolean;
};

export type Draft = { title: string; level: string; blocks: DraftBlock[] };

export type BlockErrors = { count?: string; title?: string; numbers: Partial<Record<NumberConstraint, string>>; block?: string };

export const kCustomLevel = "Custom";

let next_key = 0;
function new_key(): string {
  next_key += 1;
  return `block-${next_key}`;
}

export function newBlock(type: QuestionType = "add_sub"): DraftBlock {
  const numbers: DraftBlock["numbers"] = {};
  if (kBlockTypes[type].fields.some((field) => field.key === "digits")) numbers.digits = "1";
  if (kBlockTypes[type].fields.some((field) => field.key === "rows")) numbers.rows = "5";
  return { key: new_key(), type, count: "10", title: "", numbers, allowCarry: true, allowBorrow: true };
}

export function blankDraft(): Draft {
  return { title: "Practice", level: kCustomLevel, blocks: [newBlock()] };
}

// A block switched to another type keeps the values of the fields both types read.
export function changeType(block: DraftBlock, type: QuestionType): DraftBlock {
  const keys = new Set(kBlockTypes[type].fields.map((field) => field.key));
  const numbers = Object.fromEntries(Object.entries(block.numbers).filter(([key]) => keys.has(key as NumberConstraint)));
  return { ...block, type, numbers };
}

function text_of(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value) ? String(value) : "";
}

export function draftFromConfig(config: PaperConfig): Draft {
  const blocks = config.blocks.flatMap((block): DraftBlock[] => {
    if (!isQuestionType(block.type)) return [];
    const numbers: DraftBlock["numbers"] = {};
    for (const field of kBlockTypes[block.type].fields) {
      const text = text_of(block.constraints?.[field.key]);
      if (text !== "") numbers[field.key] = text;
    }
    return [{
      key: new_key(),
      id: block.id,
      type: block.type,
      count: String(block.count ?? 10),
      title: block.title ?? "",
      numbers,
      allowCarry: block.constraints?.allowCarry !== false,
      allowBorrow: block.constraints?.allowBorrow !== false,
    }];
  });
  return { title: config.title.slice(0, kTitleMax), level: config.level || kCustomLevel, blocks };
}

const kWhole = /^-?\d+$/;

function number_error(field: NumberFieldSpec, text: string): string | undefined {
  if (text.trim() === "") return undefined;
  if (!kWhole.test(text.trim())) return "Enter a whole number.";
  const value = Number(text);
  if (field.min !== undefined && field.max !== undefined && (value < field.min || value > field.max))
    return `Use ${field.min}–${field.max}.`;
  if (field.min !== undefined && value < field.min) return `Use at least ${field.min}.`;
  if (field.max !== undefined && value > field.max) return `Use at most ${field.max}.`;
  return undefined;
}

function value_of(block: DraftBlock, key: NumberConstraint): number | undefined {
  const text = block.numbers[key]?.trim() ?? "";
  return kWhole.test(text) ? Number(text) : undefined;
}

export function blockErrors(block: DraftBlock): BlockErrors {
  const errors: BlockErrors = { numbers: {} };
  const count = block.count.trim();
  if (!/^\d+$/.test(count) || Number(count) < kCountMin || Number(count) > kCountMax)
    errors.count = `Use ${kCountMin}–${kCountMax} questions.`;
  if ([...block.title.trim()].length > 60) errors.title = "Use at most 60 characters.";
  for (const field of kBlockTypes[block.type].fields) {
    const message = number_error(field, block.numbers[field.key] ?? "");
    if (message !== undefined) errors.numbers[field.key] = message;
  }
  const pairs: [NumberConstraint, NumberConstraint, string][] = [
    ["minAnswer", "maxAnswer", "Must not be above the largest answer."],
    ["percentageMin", "percentageMax", "Must not be above the highest percent."],
  ];
  for (const [low, high, message] of pairs) {
    const a = value_of(block, low);
    const b = value_of(block, high);
    if (a !== undefined && b !== undefined && a > b && errors.numbers[low] === undefined) errors.numbers[low] = message;
  }
  if (block.type === "division" || block.type === "decimal_division") {
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

export function draftIsValid(draft: Draft): boolean {
  return titleError(draft.title) === null && draft.blocks.length > 0 &&
    draft.blocks.every((block) => !hasErrors(blockErrors(block)));
}

// The wire config: only the constraints the block's type reads; empty fields left out.
export function toBlockConfig(block: DraftBlock): BlockConfig {
  const spec = kBlockTypes[block.type];
  const constraints: Constraints = {};
  for (const field of spec.fields) {
    const value = value_of(block, field.key);
    if (value !== undefined) constraints[field.key] = value;
  }
  if (spec.allowCarry && !block.allowCarry) constraints.allowCarry = false;
  if (spec.allowBorrow && !block.allowBorrow) constraints.allowBorrow = false;
  // The server requires an id per block: a preset's own, else the local key ("block-3").
  const config: BlockConfig = { id: block.id ?? block.key, type: block.type, count: Number(block.count), constraints };
  const title = block.title.trim();
  if (title !== "") config.title = title;
  return config;
}

export function toPaperConfig(draft: Draft): PaperConfig {
  return { title: draft.title.trim(), level: draft.level, blocks: draft.blocks.map(toBlockConfig) };
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
