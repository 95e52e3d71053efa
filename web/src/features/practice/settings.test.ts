import { describe, expect, it } from "vitest";
import { kPracticeOptions } from "../../test/practice";
import { customValues, draftFor, settingsErrors, toNewSession } from "./settings";
import { spokenRow } from "./speech";

const [kAddSub, kMultiplication] = kPracticeOptions.operations;

describe("practice settings", () => {
  it("lists the custom timings: the server's values, or whole seconds from min to max", () => {
    expect(customValues({ custom_min: 0.1, custom_max: 5, custom_values: [5, 0.1, 1.2] })).toEqual([0.1, 1.2, 5]);
    const whole = customValues({ custom_min: 1, custom_max: 40, custom_values: [] });
    expect(whole).toHaveLength(40);
    expect(whole[0]).toBe(1);
    expect(whole[39]).toBe(40);
  });

  it("starts an operation at its defaults, keeping the count and difficulty", () => {
    const draft = draftFor(kAddSub!);
    expect(draft).toEqual({ operation_type: "add_sub", count: "10", numbers: { digits: "2", rows: "3" }, difficulty: "medium",
      custom_seconds: 1.2 });
    const switched = draftFor(kMultiplication!, { ...draft, count: "7", difficulty: "hard" });
    expect(switched).toEqual({ operation_type: "multiplication", count: "7", numbers: { multiplicandDigits: "2", multiplierDigits: "1" },
      difficulty: "hard", custom_seconds: 20 });
  });

  it("checks each field against its range and builds the request", () => {
    const draft = { ...draftFor(kAddSub!), count: "51", numbers: { digits: "0", rows: "3.5" } };
    expect(settingsErrors(draft, kAddSub!)).toEqual({ count: "A whole number from 1 to 50.",
      numbers: { digits: "A whole number from 1 to 10.", rows: "A whole number from 3 to 20." } });
    expect(toNewSession({ ...draftFor(kAddSub!), difficulty: "custom", custom_seconds: 0.6 }, kAddSub!)).toEqual({
      operation_type: "add_sub", total_questions: 10, difficulty_mode: "custom", settings: { digits: 2, rows: 3 }, seconds: 0.6 });
  });

  it("says each row as a dictated sum", () => {
    expect(spokenRow("12")).toBe("12");
    expect(spokenRow("+34")).toBe("plus 34");
    expect(spokenRow("- 5")).toBe("minus 5");
    expect(spokenRow("−7")).toBe("minus 7");
  });
});
