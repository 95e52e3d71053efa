import { describe, expect, it } from "vitest";
import { answerForWire, isAnswerDraft, toggleSign } from "./answer";

describe("answers", () => {
  it("lets a number be typed, and nothing else", () => {
    for (const text of ["", "-", ".", "7", "-12", "3.", ".5", "-0.25", "1".repeat(24)]) expect(isAnswerDraft(text)).toBe(true);
    for (const text of ["1-", "--1", "1.2.3", "1e3", "12a", " 1", "+3", "1".repeat(25)]) expect(isAnswerDraft(text)).toBe(false);
  });

  it("sends only an answer with a digit", () => {
    expect(answerForWire("")).toBeNull();
    expect(answerForWire("-")).toBeNull();
    expect(answerForWire(".")).toBeNull();
    expect(answerForWire(" 41 ")).toBe("41");
    expect(answerForWire("-3.")).toBe("-3.");
  });

  it("flips the sign for keypads without a minus key", () => {
    expect(toggleSign("12")).toBe("-12");
    expect(toggleSign("-12")).toBe("12");
    expect(toggleSign("")).toBe("-");
    expect(toggleSign("1".repeat(24))).toBe("1".repeat(24));
  });
});
