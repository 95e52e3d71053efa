// Autosave of an open attempt: every few seconds, when the answers changed since the last save, and once
// more when the page is hidden or closed, or the sheet is left for another page (a request that may outlive
// the page), PATCH the answers. A reload, or another device, then resumes from the server's answers. A save
// refused because the attempt is no longer open (404, 409, 410) tells the caller to look again at it.
// `enabled` is false before the clock starts and while the answers are being submitted (the submit carries
// them all).
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../../lib/api";
import { saveAnswers } from "./api";

export const kAutosaveMs = 5000;

export type SaveStatus = "saved" | "unsaved" | "saving" | "failed";

export function useAutosave(id: number, answers: Record<string, string>, enabled: boolean, onClosed: () => void) {
  const text = JSON.stringify(answers);
  const latest = useRef({ answers, text, enabled, onClosed });
  const last_saved = useRef(text); // what the server holds: at first, what it sent
  const in_flight = useRef(false);
  const [saved_text, set_saved_text] = useState(text);
  const [saving, set_saving] = useState(false);
  const [failed, set_failed] = useState(false);

  useEffect(() => {
    latest.current = { answers, text, enabled, onClosed };
  }, [answers, text, enabled, onClosed]);

  const flush = useCallback(async (keepalive: boolean) => {
    const { answers: current, text: current_text } = latest.current;
    if (current_text === last_saved.current || (in_flight.current && !keepalive)) return;
    in_flight.current = true;
    set_saving(true);
    try {
      await saveAnswers({ id, answers: current, keepalive });
      last_saved.current = current_text;
      set_saved_text(current_text);
      set_failed(false);
    } catch (error) {
      set_failed(true);
      if (error instanceof ApiError && [404, 409, 410].includes(error.status)) latest.current.onClosed();
    } finally {
      in_flight.current = false;
      set_saving(false);
    }
  }, [id]);

  useEffect(() => {
    if (!enabled) return;
    const timer = window.setInterval(() => void flush(false), kAutosaveMs);
    const on_visibility = () => {
      if (document.visibilityState === "hidden") void flush(true);
    };
    const on_page_hide = () => void flush(true);
    document.addEventListener("visibilitychange", on_visibility);
    window.addEventListener("pagehide", on_page_hide);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", on_visibility);
      window.removeEventListener("pagehide", on_page_hide);
    };
  }, [enabled, flush]);

  // Leaving the sheet for another page of the app saves what is not saved yet.
  useEffect(() => () => {
    if (latest.current.enabled) void flush(true);
  }, [flush]);

  const status: SaveStatus = saving ? "saving" : failed ? "failed" : saved_text === text ? "saved" : "unsaved";
  return { status };
}
