// The 17 question types as the worksheet builder offers them: a friendly label, and the constraints each
// type reads with the ranges the generator accepts (docs/generator.md §3). Constraints a type does not read
// are neither shown nor sent. The server stays the judge; these ranges only let the form answer at once.
import type { NumberConstraint, QuestionType } from "./api";

export type NumberFieldSpec = {
  key: NumberConstraint;
  label: string;
  min?: number;
  max?: number;
  hint?: string;
};

export type BlockTypeSpec = {
  label: string;
  group: "Abacus" | "Junior abacus" | "Advanced";
  fields: readonly NumberFieldSpec[];
  allowCarry: boolean;
  allowBorrow: boolean;
  // Whether the questions are stacked sums (shown as an abacus column).
  vertical: boolean;
};

const digits = (max: number): NumberFieldSpec => ({ key: "digits", label: "Digits per number", min: 1, max });
const rows = (max: number): NumberFieldSpec => ({ key: "rows", label: "Rows", min: 2, max });
const kMinAnswer: NumberFieldSpec = { key: "minAnswer", label: "Smallest answer", hint: "Optional." };
const kMaxAnswer: NumberFieldSpec = { key: "maxAnswer", label: "Largest answer", hint: "Optional." };
const kAnswerBounds = [kMinAnswer, kMaxAnswer] as const;

function sum(label: string, group: BlockTypeSpec["group"], max_digits: number, max_rows: number,
  carry: boolean, borrow: boolean): BlockTypeSpec {
  return { label, group, fields: [digits(max_digits), rows(max_rows), ...kAnswerBounds], allowCarry: carry,
    allowBorrow: borrow, vertical: true };
}

function flat(label: string, fields: readonly NumberFieldSpec[], group: BlockTypeSpec["group"] = "Advanced"): BlockTypeSpec {
  return { label, group, fields: [...fields, ...kAnswerBounds], allowCarry: false, allowBorrow: false, vertical: false };
}

const kFirstDigits: NumberFieldSpec = { key: "multiplicandDigits", label: "First number digits", min: 1, max: 10 };
const kSecondDigits: NumberFieldSpec = { key: "multiplierDigits", label: "Second number digits", min: 1, max: 10 };
const kDividend: NumberFieldSpec = { key: "dividendDigits", label: "Dividend digits", min: 1, max: 20 };
const kDivisor: NumberFieldSpec = { key: "divisorDigits", label: "Divisor digits", min: 1, max: 20 };
const kRootDigits: NumberFieldSpec = {
  key: "rootDigits", label: "Digits under the root", min: 1, max: 30, hint: "Digits of the number whose root is asked.",
};

export const kBlockTypes: Readonly<Record<QuestionType, BlockTypeSpec>> = {
  addition: sum("Addition", "Abacus", 10, 30, true, false),
  subtraction: sum("Subtraction", "Abacus", 10, 30, false, true),
  add_sub: sum("Addition and subtraction", "Abacus", 10, 30, true, true),
  multiplication: flat("Multiplication", [
    { key: "multiplicandDigits", label: "Multiplicand digits", min: 1, max: 20 },
    { key: "multiplierDigits", label: "Multiplier digits", min: 1, max: 20 },
  ], "Abacus"),
  division: flat("Division", [kDividend, kDivisor], "Abacus"),
  direct_add_sub: sum("Direct add/sub (no friends)", "Junior abacus", 2, 15, false, false),
  small_friends_add_sub: sum("Small friends add/sub (5-complements)", "Junior abacus", 2, 15, false, false),
  big_friends_add_sub: sum("Big friends add/sub (10-complements)", "Junior abacus", 2, 15, false, false),
  decimal_add_sub: {
    ...sum("Decimal add/sub", "Advanced", 10, 30, false, false),
    fields: [{ ...digits(10), label: "Digits before the point" }, rows(30), ...kAnswerBounds],
  },
  decimal_multiplication: flat("Decimal multiplication", [
    { key: "multiplicandDigits", label: "Multiplicand digits", min: 1, max: 20 },
    { key: "multiplierDigits", label: "Multiplier digits", min: 0, max: 20, hint: "0 = a whole multiplier 2–9." },
  ]),
  decimal_division: flat("Decimal division", [kDividend, kDivisor]),
  integer_add_sub: sum("Integer add/sub (negatives)", "Advanced", 10, 30, false, false),
  lcm: flat("LCM", [kFirstDigits, kSecondDigits]),
  gcd: flat("GCD", [kFirstDigits, kSecondDigits]),
  square_root: flat("Square root", [kRootDigits]),
  cube_root: flat("Cube root", [kRootDigits]),
  percentage: flat("Percentage", [
    { key: "percentageMin", label: "Lowest percent", min: 1, max: 100 },
    { key: "percentageMax", label: "Highest percent", min: 1, max: 100 },
    { key: "numberDigits", label: "Number digits", min: 1, max: 10 },
  ]),
};

// Menu order, as the server lists them.
export const kQuestionTypes: readonly QuestionType[] = [
  "addition", "subtraction", "add_sub", "multiplication", "division", "direct_add_sub", "small_friends_add_sub",
  "big_friends_add_sub", "decimal_add_sub", "decimal_multiplication", "decimal_division", "integer_add_sub", "lcm",
  "gcd", "square_root", "cube_root", "percentage",
];

export function isQuestionType(value: string): value is QuestionType {
  return (kQuestionTypes as readonly string[]).includes(value);
}

export function typeLabel(type: string): string {
  return isQuestionType(type) ? kBlockTypes[type].label : type;
}

export const kCountMin = 1;
export const kCountMax = 200;
export const kTitleMax = 25;
