import { describe, expect, it } from "vitest";
import { blockIndexOf, draftFromConfig, newBlock, toBlockConfig } from "./draft";

describe("worksheet draft", () => {
  it("sends only the constraints the type reads, leaving empty fields out", () => {
    const block = { ...newBlock("add_sub"), numbers: { digits: "2", rows: "", maxAnswer: "90" }, allowBorrow: false };
    expect(toBlockConfig(block)).toEqual({
      id: block.key,
      type: "add_sub",
      count: 10,
      constraints: { digits: 2, maxAnswer: 90, allowBorrow: false },
    });
  });

  it("reads a preset, dropping keys its type does not read", () => {
    const draft = draftFromConfig({
      title: "Basic Level 3",
      level: "AB-3",
      blocks: [{ id: "ab3-6", type: "multiplication", count: 10, title: "Multiplication 2×1",
        constraints: { multiplicandDigits: 2, multiplierDigits: 1, digits: null, rows: 5 } }],
    });
    expect(draft.blocks[0]?.numbers).toEqual({ multiplicandDigits: "2", multiplierDigits: "1" });
    expect(draft.blocks[0]?.id).toBe("ab3-6");
  });

  it("finds the block a server message names", () => {
    expect(blockIndexOf('Block 2 ("Addition"): digits must be between 1 and 10 (got 12)')).toBe(1);
    expect(blockIndexOf("blocks[0].constraints.digits must be an integer")).toBe(0);
    expect(blockIndexOf("title must be 1..25 characters")).toBeNull();
  });
});
