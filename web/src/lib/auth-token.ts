// The bearer token of the signed-in user, kept in localStorage under "auth_token" (the legacy app's key, so a
// user signed in there stays signed in). Components subscribe through `useAuthToken`, so signing in or out
// anywhere (this tab or another) re-renders whatever depends on it.
import { useSyncExternalStore } from "react";

const kStorageKey = "auth_token";
const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

function read_storage(): string | null {
  try {
    return window.localStorage.getItem(kStorageKey);
  } catch {
    // Storage can be disabled (private mode, policies); the app then works for this page load only.
    return null;
  }
}

let memory_token: string | null = read_storage();

export function authToken(): string | null {
  return memory_token;
}

export function setAuthToken(token: string): void {
  memory_token = token;
  try {
    window.localStorage.setItem(kStorageKey, token);
  } catch {
    // See read_storage.
  }
  notify();
}

export function clearAuthToken(): void {
  memory_token = null;
  try {
    window.localStorage.removeItem(kStorageKey);
  } catch {
    // See read_storage.
  }
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const on_storage = (event: StorageEvent) => {
    if (event.key !== kStorageKey && event.key !== null) return;
    memory_token = read_storage();
    listener();
  };
  window.addEventListener("storage", on_storage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", on_storage);
  };
}

export function useAuthToken(): string | null {
  return useSyncExternalStore(subscribe, authToken, authToken);
}

// Test-only: re-read storage after a test changed it directly.
export function test_reloadAuthToken(): void {
  memory_token = read_storage();
  notify();
}
