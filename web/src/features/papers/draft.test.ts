import { describe, expect, it } from "vitest";
import { kCatalogue } from "../../test/question-types";
import { typeSpec } from "./block-types";
import { blockErrors, blockIndexOf, changeType, draftFromConfig, newBlock, toBlockConfig } from "./draft";

describe("worksheet draft", () => {
  it("sends only the constraints the type reads, leaving empty fields and default checkboxes out", () => {
    const block = { ...newBlock(kCatalogue, "add_sub"), numbers: { digits: "2", rows: "", maxAnswer: "90" },
      flags: { allowBorrow: false, allowCarry: true } };
    expect(toBlockConfig(block, typeSpec(kCatalogue, "add_sub"))).toEqual({
      id: block.key,
      type: "add_sub",
      count: 10,
      constraints: { digits: 2, maxAnswer: 90, allowBorrow: false },
    });
    // Addition does not read allowBorrow: a switched block drops it.
    const addition = changeType(block, typeSpec(kCatalogue, "addition"));
    expect(toBlockConfig(addition, typeSpec(kCatalogue, "addition")).constraints).toEqual({ digits: 2, maxAnswer: 90 });
  });

  it("starts a block with the web's values where its type reads them", () => {
    expect(newBlock(kCatalogue).type).toBe("add_sub");
    expect(newBlock(kCatalogue, "add_sub").numbers).toEqual({ digits: "1", rows: "5" });
    expect(newBlock(kCatalogue, "division").numbers).toEqual({});
    expect(newBlock(kCatalogue, "no_such_type").type).toBe(kCatalogue[0]?.type);
  });

  it("reads a preset, dropping keys its type does not read and types the catalogue lacks", () => {
    const draft = draftFromConfig({
      title: "Basic Level 3",
      level: "AB-3",
      blocks: [
        { id: "ab3-6", type: "multiplication", count: 10, title: "Multiplication 2×1",
          constraints: { multiplicandDigits: 2, multiplierDigits: 1, digits: null, rows: 5 } },
        { id: "v-1", type: "vedic_fun_with_5", count: 10, constraints: {} },
        { id: "ab3-1", type: "add_sub", count: 10, constraints: { digits: 1, allowCarry: false, allowBorrow: true } },
      ],
    }, kCatalogue);
    expect(draft.blocks).toHaveLength(2);
    expect(draft.blocks[0]?.numbers).toEqual({ multiplicandDigits: "2", multiplierDigits: "1" });
    expect(draft.blocks[0]?.id).toBe("ab3-6");
    expect(draft.blocks[1]?.flags).toEqual({ allowCarry: false });
  });

  it("checks numbers against the type's own range", () => {
    const junior = { ...newBlock(kCatalogue, "direct_add_sub"), numbers: { digits: "3", rows: "16" } };
    expect(blockErrors(junior, typeSpec(kCatalogue, "direct_add_sub")).numbers).toEqual({ digits: "Use 1–2.", rows: "Use 2–15." });
    const division = { ...newBlock(kCatalogue, "division"), numbers: { dividendDigits: "2", divisorDigits: "3" } };
    expect(blockErrors(division, typeSpec(kCatalogue, "division")).numbers).toEqual({
      dividendDigits: "Needs at least as many digits as the divisor.",
    });
  });

  it("finds the block a server message names", () => {
    expect(blockIndexOf('Block 2 ("Addition"): digits must be between 1 and 10 (got 12)')).toBe(1);
    expect(blockIndexOf("blocks[0].constraints.digits must be an integer")).toBe(0);
    expect(blockIndexOf("title must be 1..25 characters")).toBeNull();
  });
});
