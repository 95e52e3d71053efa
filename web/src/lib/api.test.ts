import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it, vi } from "vitest";
import { server } from "../test/server";
import { api, ApiError, setUnauthorizedHandler } from "./api";
import { authToken, clearAuthToken, setAuthToken } from "./auth-token";

afterEach(() => setUnauthorizedHandler(null));

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected the request to fail");
}

describe("api", () => {
  it("sends the bearer token and JSON body, and returns the parsed answer", async () => {
    setAuthToken("abc");
    server.use(
      http.put("*/api/things/7", async ({ request }) =>
        HttpResponse.json({ auth: request.headers.get("authorization"), body: await request.json() }),
      ),
    );
    const answer = await api<{ auth: string; body: unknown }>("/api/things/7", { method: "PUT", body: { a: 1 } });
    expect(answer).toEqual({ auth: "Bearer abc", body: { a: 1 } });
  });

  it("sends no token on public calls", async () => {
    setAuthToken("abc");
    server.use(http.get("*/api/auth/config", ({ request }) => HttpResponse.json({ auth: request.headers.get("authorization") })));
    expect(await api("/api/auth/config", { auth: "none" })).toEqual({ auth: null });
  });

  it("turns {detail} into an ApiError with the status", async () => {
    server.use(http.post("*/api/x", () => HttpResponse.json({ detail: "Email already registered" }, { status: 409 })));
    const error = await caught(api("/api/x", { method: "POST", body: {} }));
    expect(error.status).toBe(409);
    expect(error.detail).toBe("Email already registered");
  });

  it("joins the messages of a validation error list", async () => {
    server.use(
      http.post("*/api/x", () =>
        HttpResponse.json({ detail: [{ msg: "name is required" }, { msg: "role is invalid" }] }, { status: 422 }),
      ),
    );
    expect((await caught(api("/api/x", { method: "POST" }))).detail).toBe("name is required; role is invalid");
  });

  it("gives a readable message when the body is not JSON", async () => {
    server.use(http.get("*/api/x", () => new HttpResponse("<html>oops</html>", { status: 502 })));
    expect((await caught(api("/api/x"))).detail).toMatch(/server had a problem/);
  });

  it("reports an unreachable server as status 0", async () => {
    server.use(http.get("*/api/x", () => HttpResponse.error()));
    const error = await caught(api("/api/x"));
    expect(error.status).toBe(0);
    expect(error.detail).toMatch(/Cannot reach the server/);
  });

  it("ends the session on a 401 to a call that carried a token", async () => {
    setAuthToken("expired");
    const on_unauthorized = vi.fn();
    setUnauthorizedHandler(on_unauthorized);
    server.use(http.get("*/api/users/me", () => HttpResponse.json({ detail: "Token expired" }, { status: 401 })));

    expect((await caught(api("/api/users/me"))).detail).toBe("Token expired");
    expect(authToken()).toBeNull();
    expect(window.localStorage.getItem("auth_token")).toBeNull();
    expect(on_unauthorized).toHaveBeenCalledOnce();
  });

  it("only reports a 401 when the caller says it may be an answer (a wrong current password)", async () => {
    setAuthToken("still-good");
    const on_unauthorized = vi.fn();
    setUnauthorizedHandler(on_unauthorized);
    server.use(http.put("*/api/auth/password", () => HttpResponse.json({ detail: "Current password is incorrect" }, { status: 401 })));

    const error = await caught(api("/api/auth/password", { method: "PUT", body: {}, unauthorized: "report" }));
    expect(error.detail).toBe("Current password is incorrect");
    expect(authToken()).toBe("still-good");
    expect(on_unauthorized).not.toHaveBeenCalled();
  });

  it("does not end anything on a 401 to a public call (a wrong password)", async () => {
    clearAuthToken();
    const on_unauthorized = vi.fn();
    setUnauthorizedHandler(on_unauthorized);
    server.use(http.post("*/api/auth/login", () => HttpResponse.json({ detail: "Incorrect email or password" }, { status: 401 })));

    await caught(api("/api/auth/login", { method: "POST", body: {}, auth: "none" }));
    expect(on_unauthorized).not.toHaveBeenCalled();
  });
});
