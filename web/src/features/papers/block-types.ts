// The question types as the worksheet builder offers them. Labels, menu order, and which constraints each type
// reads with their ranges and defaults all come from the server's catalogue (GET /api/question-types), so a new
// type or range needs no change here. What stays here is the web's own: hints under some fields, what a new
// block starts with, and the form's limits on count and title.
import type { ConstraintSpec, QuestionTypeSpec } from "./api";

export type Catalogue = readonly QuestionTypeSpec[];

// The type's entry; a type the catalogue lacks gets its own name and no fields (the server stays the judge).
export function typeSpec(catalogue: Catalogue, type: string): QuestionTypeSpec {
  return catalogue.find((spec) => spec.type === type) ?? { type, label: type, orientation: "horizontal", constraints: [] };
}

export function isQuestionType(catalogue: Catalogue, type: string): boolean {
  return catalogue.some((spec) => spec.type === type);
}

export function typeLabel(catalogue: Catalogue, type: string): string {
  return typeSpec(catalogue, type).label;
}

// The constraints typed in as numbers, and those ticked as checkboxes.
export function numberFields(spec: QuestionTypeSpec): ConstraintSpec[] {
  return spec.constraints.filter((field) => field.kind === "integer");
}

export function flagFields(spec: QuestionTypeSpec): ConstraintSpec[] {
  return spec.constraints.filter((field) => field.kind === "boolean");
}

// A checkbox's state when the block leaves it alone.
export function flagDefault(field: ConstraintSpec): boolean {
  return field.default !== false;
}

// Words under a field beyond its range; "type.field" wins over "field".
const kHints: Readonly<Record<string, string>> = {
  minAnswer: "Optional.",
  maxAnswer: "Optional.",
  rootDigits: "Digits of the number whose root is asked.",
  "decimal_add_sub.digits": "Before the decimal point.",
  "decimal_multiplication.multiplierDigits": "0 = a whole multiplier 2–9.",
};

export function fieldHint(type: string, field: ConstraintSpec): string | undefined {
  return kHints[`${type}.${field.name}`] ?? kHints[field.name];
}

// A new block: this type when the catalogue has it (else the first type), with these values already typed in
// where the type reads them. Everything else is left empty, meaning "the server's default".
export const kNewBlockType = "add_sub";
export const kNewBlockNumbers: Readonly<Record<string, string>> = { digits: "1", rows: "5" };

export const kCountMin = 1;
export const kCountMax = 200;
export const kTitleMax = 25;
