import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterAll, afterEach, beforeAll } from "vitest";
import { test_reloadAuthToken } from "../lib/auth-token";
import { server } from "./server";

// findBy* waits up to 5 s: page tests render the whole app, and a busy 2-core machine can be slow.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  window.localStorage.clear();
  test_reloadAuthToken();
});
afterAll(() => server.close());
