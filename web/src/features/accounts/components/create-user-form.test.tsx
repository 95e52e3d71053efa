import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { makeUser } from "../../../test/fixtures";
import { renderWithProviders } from "../../../test/render";
import { server } from "../../../test/server";
import { CreateUserForm } from "./create-user-form";

describe("CreateUserForm", () => {
  it("checks the fields before sending", async () => {
    const user = userEvent.setup();
    renderWithProviders(<CreateUserForm />);
    await user.type(screen.getByLabelText("Email"), "not-an-email");
    await user.click(screen.getByRole("button", { name: "Create user" }));
    expect(screen.getByText("Enter a name.")).toBeInTheDocument();
    expect(screen.getByText("Enter a valid email address.")).toBeInTheDocument();
    expect(screen.getByText("Enter a new password.")).toBeInTheDocument();
  });

  it("creates a teacher and shows the server's refusal of a taken email", async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post("*/api/admin/users", async ({ request }) => {
        const body = (await request.json()) as { email: string; name: string };
        bodies.push(body);
        if (body.email === "taken@example.com")
          return HttpResponse.json({ detail: "A user with this email already exists" }, { status: 409 });
        return HttpResponse.json(makeUser({ id: 9, email: body.email, name: body.name, role: "teacher" }), { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderWithProviders(<CreateUserForm />);
    await user.type(screen.getByLabelText("Name"), "Ravi Kumar");
    await user.type(screen.getByLabelText("Email"), "taken@example.com");
    await user.type(screen.getByLabelText("Password"), "password-1");
    await user.selectOptions(screen.getByLabelText("Role"), "teacher");
    await user.click(screen.getByRole("button", { name: "Create user" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("A user with this email already exists");

    await user.clear(screen.getByLabelText("Email"));
    await user.type(screen.getByLabelText("Email"), "ravi@example.com");
    await user.click(screen.getByRole("button", { name: "Create user" }));
    expect(await screen.findByText("Created Ravi Kumar (ravi@example.com).")).toBeInTheDocument();
    expect(bodies[1]).toEqual({ email: "ravi@example.com", name: "Ravi Kumar", password: "password-1", role: "teacher" });
  });
});
