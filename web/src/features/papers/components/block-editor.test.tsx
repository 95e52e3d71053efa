import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { kCatalogue } from "../../../test/question-types";
import { renderWithProviders } from "../../../test/render";
import { typeSpec } from "../block-types";
import { blockErrors, newBlock, type DraftBlock } from "../draft";
import { BlockEditor } from "./block-editor";

// The editor with its own state, as the worksheet form drives it, on the server's catalogue.
function Harness({ initial, serverError }: { initial: DraftBlock; serverError?: string }) {
  const [block, set_block] = useState(initial);
  return (
    <BlockEditor catalogue={kCatalogue} block={block} index={0} total={2}
      errors={blockErrors(block, typeSpec(kCatalogue, block.type))} serverError={serverError}
      onChange={set_block} onMove={() => undefined} onRemove={() => undefined} />
  );
}

describe("BlockEditor", () => {
  it("offers the catalogue's types in its order, under its labels", () => {
    renderWithProviders(<Harness initial={newBlock(kCatalogue)} />);
    const options = screen.getAllByRole("option");
    expect(options.map((option) => option.getAttribute("value"))).toEqual(kCatalogue.map((type) => type.type));
    expect(options.map((option) => option.textContent)).toEqual(kCatalogue.map((type) => type.label));
    expect(screen.getByRole("group", { name: "Block 1" })).toHaveTextContent("Addition & Subtraction");
  });

  it("shows only the fields the chosen type reads", async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness initial={newBlock(kCatalogue, "add_sub")} />);
    expect(screen.getByLabelText("Digits per number")).toHaveValue("1");
    expect(screen.getByLabelText("Rows")).toHaveValue("5");
    expect(screen.getByLabelText("Allow carrying")).toBeChecked();
    expect(screen.getByLabelText("Allow borrowing")).toBeChecked();
    expect(screen.queryByLabelText("Dividend digits")).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("Question type"), "division");
    expect(screen.getByLabelText("Dividend digits")).toBeInTheDocument();
    expect(screen.getByLabelText("Divisor digits")).toBeInTheDocument();
    expect(screen.queryByLabelText("Rows")).not.toBeInTheDocument();
    expect(screen.queryByLabelText("Allow carrying")).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("Question type"), "percentage");
    expect(screen.getByLabelText("Lowest percent")).toBeInTheDocument();
    expect(screen.getByLabelText("Highest percent")).toBeInTheDocument();
    expect(screen.getByLabelText("Number digits")).toBeInTheDocument();
    expect(screen.queryByLabelText("Dividend digits")).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("Question type"), "square_root");
    expect(screen.getByLabelText("Digits under the root")).toHaveAccessibleDescription(/1–30/);
    // An empty field takes the server's default, shown inside it.
    expect(screen.getByLabelText("Digits under the root")).toHaveAttribute("placeholder", "3");

    await user.selectOptions(screen.getByLabelText("Question type"), "small_friends_add_sub");
    expect(screen.getByLabelText("Digits per number")).toHaveAccessibleDescription("1–2.");
    expect(screen.getByLabelText("Rows")).toHaveAccessibleDescription("2–15.");
    expect(screen.queryByLabelText("Allow borrowing")).not.toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText("Question type"), "subtraction");
    expect(screen.getByLabelText("Allow borrowing")).toBeChecked();
    expect(screen.queryByLabelText("Allow carrying")).not.toBeInTheDocument();
  });

  it("shows a range error next to the field it is about", async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness initial={newBlock(kCatalogue, "addition")} />);
    const digits = screen.getByLabelText("Digits per number");
    await user.clear(digits);
    await user.type(digits, "12");
    expect(digits).toHaveAccessibleDescription("Use 1–10.");
    expect(digits).toBeInvalid();

    const count = screen.getByLabelText("Questions");
    await user.clear(count);
    await user.type(count, "201");
    expect(count).toHaveAccessibleDescription("Use 1–200 questions.");

    await user.type(screen.getByLabelText("Smallest answer"), "50");
    await user.type(screen.getByLabelText("Largest answer"), "10");
    expect(screen.getByLabelText("Smallest answer")).toHaveAccessibleDescription("Must not be above the largest answer.");

    await user.clear(digits);
    await user.type(digits, "3");
    expect(digits).not.toBeInvalid();
  });

  it("keeps the fields both types read when the type changes", async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness initial={{ ...newBlock(kCatalogue, "add_sub"), numbers: { digits: "2", rows: "7" } }} />);
    await user.selectOptions(screen.getByLabelText("Question type"), "integer_add_sub");
    expect(screen.getByLabelText("Digits per number")).toHaveValue("2");
    expect(screen.getByLabelText("Rows")).toHaveValue("7");
  });

  it("shows the server's refusal of this block", () => {
    renderWithProviders(
      <Harness initial={newBlock(kCatalogue, "addition")}
        serverError='Block 1 ("Addition"): minAnswer/maxAnswer leave too few questions' />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("minAnswer/maxAnswer leave too few questions");
  });
});
