import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { renderWithProviders } from "../../../test/render";
import { ResetConfirm } from "./reset-confirm";

describe("ResetConfirm", () => {
  it("enables the reset button only when RESET is typed exactly", async () => {
    const on_confirm = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<ResetConfirm busy={false} scopeText="everyone" onConfirm={on_confirm} />);
    const button = screen.getByRole("button", { name: "Reset progress for everyone" });
    const input = screen.getByLabelText("Type RESET to confirm");
    expect(button).toBeDisabled();

    await user.type(input, "reset");
    expect(button).toBeDisabled();
    await user.clear(input);
    await user.type(input, "RESET ");
    expect(button).toBeDisabled();
    await user.clear(input);
    await user.type(input, "RESE");
    await user.keyboard("{Enter}");
    expect(on_confirm).not.toHaveBeenCalled();

    await user.type(input, "T");
    expect(button).toBeEnabled();
    await user.click(button);
    expect(on_confirm).toHaveBeenCalledOnce();
    // The word is asked again for another reset.
    expect(input).toHaveValue("");
  });

  it("stays disabled while a reset runs", async () => {
    const user = userEvent.setup();
    renderWithProviders(<ResetConfirm busy scopeText="Gurgaon" onConfirm={() => undefined} />);
    await user.type(screen.getByLabelText("Type RESET to confirm"), "RESET");
    expect(screen.getByRole("button", { name: "Resetting…" })).toBeDisabled();
  });
});
