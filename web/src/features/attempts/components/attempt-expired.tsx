// An attempt left untouched for an hour: the server closed it with 0 points.
import type { ReactNode } from "react";

export function AttemptExpired({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-error attempt-expired" role="alert">
      <strong>This attempt has expired</strong>
      <p>
        “{title}” was left untouched for more than an hour, so it was closed with 0 points. Answers saved before then are
        kept but not marked.
      </p>
      {children}
    </div>
  );
}
