// The question-type catalogue exactly as GET /api/question-types answers it (question_types_json() in
// src/papers/catalogue_json.cpp), for tests of the worksheet builder. Regenerate it when the catalogue changes.
import type { QuestionTypeCatalogue } from "../features/papers/api";

export const kQuestionTypes: QuestionTypeCatalogue = {
  question_types: [
    { type: "addition", label: "Addition", orientation: "vertical", constraints: [
      { name: "digits", label: "Digits per number", kind: "integer", min: 1, max: 10, default: 1 },
      { name: "rows", label: "Rows", kind: "integer", min: 2, max: 30, default: 2 },
      { name: "allowCarry", label: "Allow carrying", kind: "boolean", min: null, max: null, default: true },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "subtraction", label: "Subtraction", orientation: "vertical", constraints: [
      { name: "digits", label: "Digits per number", kind: "integer", min: 1, max: 10, default: 1 },
      { name: "rows", label: "Rows", kind: "integer", min: 2, max: 30, default: 2 },
      { name: "allowBorrow", label: "Allow borrowing", kind: "boolean", min: null, max: null, default: true },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "add_sub", label: "Addition & Subtraction", orientation: "vertical", constraints: [
      { name: "digits", label: "Digits per number", kind: "integer", min: 1, max: 10, default: 1 },
      { name: "rows", label: "Rows", kind: "integer", min: 2, max: 30, default: 2 },
      { name: "allowCarry", label: "Allow carrying", kind: "boolean", min: null, max: null, default: true },
      { name: "allowBorrow", label: "Allow borrowing", kind: "boolean", min: null, max: null, default: true },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "multiplication", label: "Multiplication", orientation: "horizontal", constraints: [
      { name: "multiplicandDigits", label: "First number digits", kind: "integer", min: 1, max: 20, default: 2 },
      { name: "multiplierDigits", label: "Second number digits", kind: "integer", min: 1, max: 20, default: 1 },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "division", label: "Division", orientation: "horizontal", constraints: [
      { name: "dividendDigits", label: "Dividend digits", kind: "integer", min: 1, max: 20, default: 2 },
      { name: "divisorDigits", label: "Divisor digits", kind: "integer", min: 1, max: 20, default: 1 },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "direct_add_sub", label: "Direct Addition & Subtraction", orientation: "vertical", constraints: [
      { name: "digits", label: "Digits per number", kind: "integer", min: 1, max: 2, default: 1 },
      { name: "rows", label: "Rows", kind: "integer", min: 2, max: 15, default: 3 },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "small_friends_add_sub", label: "Small Friends Addition & Subtraction", orientation: "vertical", constraints: [
      { name: "digits", label: "Digits per number", kind: "integer", min: 1, max: 2, default: 1 },
      { name: "rows", label: "Rows", kind: "integer", min: 2, max: 15, default: 3 },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "big_friends_add_sub", label: "Big Friends Addition & Subtraction", orientation: "vertical", constraints: [
      { name: "digits", label: "Digits per number", kind: "integer", min: 1, max: 2, default: 1 },
      { name: "rows", label: "Rows", kind: "integer", min: 2, max: 15, default: 3 },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "decimal_add_sub", label: "Decimal Addition & Subtraction", orientation: "vertical", constraints: [
      { name: "digits", label: "Digits per number", kind: "integer", min: 1, max: 10, default: 2 },
      { name: "rows", label: "Rows", kind: "integer", min: 2, max: 30, default: 3 },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "decimal_multiplication", label: "Decimal Multiplication", orientation: "horizontal", constraints: [
      { name: "multiplicandDigits", label: "First number digits", kind: "integer", min: 1, max: 20, default: 2 },
      { name: "multiplierDigits", label: "Second number digits", kind: "integer", min: 0, max: 20, default: 1 },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "decimal_division", label: "Decimal Division", orientation: "horizontal", constraints: [
      { name: "dividendDigits", label: "Dividend digits", kind: "integer", min: 1, max: 20, default: 2 },
      { name: "divisorDigits", label: "Divisor digits", kind: "integer", min: 1, max: 20, default: 1 },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "integer_add_sub", label: "Integer Addition & Subtraction", orientation: "vertical", constraints: [
      { name: "digits", label: "Digits per number", kind: "integer", min: 1, max: 10, default: 2 },
      { name: "rows", label: "Rows", kind: "integer", min: 2, max: 30, default: 3 },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "lcm", label: "LCM", orientation: "horizontal", constraints: [
      { name: "multiplicandDigits", label: "First number digits", kind: "integer", min: 1, max: 10, default: 2 },
      { name: "multiplierDigits", label: "Second number digits", kind: "integer", min: 1, max: 10, default: 2 },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "gcd", label: "GCD", orientation: "horizontal", constraints: [
      { name: "multiplicandDigits", label: "First number digits", kind: "integer", min: 1, max: 10, default: 3 },
      { name: "multiplierDigits", label: "Second number digits", kind: "integer", min: 1, max: 10, default: 2 },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "square_root", label: "Square Root", orientation: "horizontal", constraints: [
      { name: "rootDigits", label: "Digits under the root", kind: "integer", min: 1, max: 30, default: 3 },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "cube_root", label: "Cube Root", orientation: "horizontal", constraints: [
      { name: "rootDigits", label: "Digits under the root", kind: "integer", min: 1, max: 30, default: 4 },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
    { type: "percentage", label: "Percentage", orientation: "horizontal", constraints: [
      { name: "percentageMin", label: "Lowest percent", kind: "integer", min: 1, max: 100, default: 1 },
      { name: "percentageMax", label: "Highest percent", kind: "integer", min: 1, max: 100, default: 100 },
      { name: "numberDigits", label: "Number digits", kind: "integer", min: 1, max: 10, default: 4 },
      { name: "minAnswer", label: "Smallest answer", kind: "integer", min: null, max: null, default: null },
      { name: "maxAnswer", label: "Largest answer", kind: "integer", min: null, max: null, default: null },
    ] },
  ],
};

export const kCatalogue = kQuestionTypes.question_types;
