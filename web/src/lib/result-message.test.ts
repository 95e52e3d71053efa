import { describe, expect, it } from "vitest";
import { resultMessage } from "./result-message";

describe("resultMessage", () => {
  it("cheers by accuracy as the legacy page did", () => {
    expect(resultMessage(100)).toBe("Perfect!");
    expect(resultMessage(99.99)).toBe("Excellent!");
    expect(resultMessage(80)).toBe("Excellent!");
    expect(resultMessage(79.5)).toBe("Great Job!");
    expect(resultMessage(60)).toBe("Great Job!");
    expect(resultMessage(40)).toBe("Good Effort!");
    expect(resultMessage(39.99)).toBe("Keep Practicing!");
    expect(resultMessage(0)).toBe("Keep Practicing!");
  });
});
