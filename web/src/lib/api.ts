// The one HTTP client of the web app: every call to the server goes through `api`. It adds the bearer
// token, sends and reads JSON, and turns any non-2xx answer into an `ApiError` carrying the server's
// `{"detail": ...}` text, so components show the server's words and never parse responses themselves.
// A 401 on a call that carried a token means the session is over: the token is cleared and the
// registered handler (the app shell) returns to the sign-in page.
import { authToken, clearAuthToken } from "./auth-token";

export class ApiError extends Error {
  readonly status: number;
  readonly detail: string;

  constructor(status: number, detail: string) {
    super(detail);
    this.name = "ApiError";
    this.status = status;
    this.detail = detail;
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }
}

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type RequestOptions = {
  method?: HttpMethod;
  body?: unknown;
  // Public calls (sign-in, config) send no token, and their 401 is an answer, not an expired session.
  auth?: "bearer" | "none";
  // What a 401 means for a call that carried a token: normally the session is over ("end-session"); for a
  // call that checks a password the user typed, a 401 may only mean that password was wrong ("report").
  unauthorized?: "end-session" | "report";
  signal?: AbortSignal;
  // Lets the request outlive the page (a save sent as the tab is hidden or closed).
  keepalive?: boolean;
};

type UnauthorizedHandler = () => void;
let on_unauthorized: UnauthorizedHandler | null = null;

// The app shell registers what to do when the session ends (clear caches, go to sign-in).
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  on_unauthorized = handler;
}

const kNetworkError = "Cannot reach the server. Check your connection and try again.";

function url_for(path: string): string {
  // Absolute against the page, so the same code works in the browser and under jsdom in tests.
  return new URL(path, window.location.origin).toString();
}

function detail_from(body: unknown, status: number): string {
  if (typeof body === "object" && body !== null && "detail" in body) {
    const detail = body.detail;
    if (typeof detail === "string" && detail.length > 0) return detail;
    // A validation error may list problems ([{msg: ...}]); show their messages.
    if (Array.isArray(detail)) {
      const messages = detail
        .map((item: unknown) =>
          typeof item === "object" && item !== null && "msg" in item ? String(item.msg) : "",
        )
        .filter((message) => message.length > 0);
      if (messages.length > 0) return messages.join("; ");
    }
  }
  if (status === 401) return "Your session has ended. Please sign in again.";
  if (status === 403) return "You do not have permission to do that.";
  if (status === 404) return "Not found.";
  if (status === 429) return "Too many attempts. Please wait a moment and try again.";
  if (status >= 500) return "The server had a problem. Please try again in a moment.";
  return `Request failed (${status}).`;
}

async function read_json(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.length === 0) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

// Sends one request; on a non-2xx answer throws ApiError (status 0 when the server could not be reached).
async function send(path: string, options: RequestOptions, accept: string): Promise<Response> {
  const { method = "GET", body, auth = "bearer", unauthorized = "end-session", signal, keepalive } = options;
  const headers: Record<string, string> = { Accept: accept };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const token = auth === "bearer" ? authToken() : null;
  if (token !== null) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(url_for(path), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      ...(keepalive === true ? { keepalive } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, kNetworkError);
  }
  if (response.ok) return response;

  const data = await read_json(response);
  if (response.status === 401 && token !== null && unauthorized === "end-session") {
    clearAuthToken();
    on_unauthorized?.();
  }
  throw new ApiError(response.status, detail_from(data, response.status));
}

// Sends one request and returns its JSON body typed as T. Throws ApiError on any failure (status 0 when the
// server could not be reached).
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options, "application/json");
  return (await read_json(response)) as T;
}

export type FileDownload = { blob: Blob; fileName: string | null };

// The file name a Content-Disposition header suggests, if any (filename*=UTF-8'' or filename=).
export function fileNameFrom(disposition: string | null): string | null {
  if (disposition === null) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1] !== undefined) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || null;
}

// Sends one request whose answer is a file (a PDF): the body as a Blob and the server's suggested name.
// Errors are ApiErrors exactly as for `api`.
export async function apiFile(path: string, options: RequestOptions = {}, accept = "application/pdf"): Promise<FileDownload> {
  const response = await send(path, options, `${accept}, application/json`);
  return { blob: await response.blob(), fileName: fileNameFrom(response.headers.get("content-disposition")) };
}

// The text to show for any error thrown by a query or mutation.
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.detail;
  if (error instanceof Error && error.message.length > 0) return error.message;
  return "Something went wrong.";
}
