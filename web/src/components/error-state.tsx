// Shown when data could not be loaded: the server's words and, when possible, a way to try again.
import { errorMessage } from "../lib/api";

type ErrorStateProps = { error: unknown; title?: string; onRetry?: () => void };

export function ErrorState({ error, title = "Something went wrong", onRetry }: ErrorStateProps) {
  return (
    <div className="state state-error" role="alert">
      <strong>{title}</strong>
      <p>{errorMessage(error)}</p>
      {onRetry !== undefined && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
