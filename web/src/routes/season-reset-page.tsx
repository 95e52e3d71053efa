// Admin: close a season. Choose the scope, read the dry run's counts and what is deleted and kept, type
// RESET, and the server backs up the database, archives the standings and resets progress.
import { useState } from "react";
import { Link } from "react-router";
import { Card } from "../components/card";
import { ErrorState } from "../components/error-state";
import { FormMessage } from "../components/form-message";
import { LoadingState } from "../components/loading-state";
import { useResetDryRun, useResetProgress, type ResetScope } from "../features/seasons/api";
import { ResetConfirm } from "../features/seasons/components/reset-confirm";
import { ResetCounts } from "../features/seasons/components/reset-counts";
import { ResetLists } from "../features/seasons/components/reset-lists";
import { ResetResult } from "../features/seasons/components/reset-result";
import { ResetScopeForm } from "../features/seasons/components/reset-scope-form";
import { ApiError, errorMessage } from "../lib/api";
import { useDocumentTitle } from "../lib/use-document-title";

function scope_text(scope: ResetScope): string {
  if (!scope.branch && !scope.course) return "everyone";
  return [scope.branch, scope.course].filter(Boolean).join(" · ");
}

function reset_error(error: unknown): string {
  if (error instanceof ApiError && error.status === 409)
    return `Another reset is running. Wait for it to finish, then try again. (${error.detail})`;
  return errorMessage(error);
}

export function SeasonResetPage() {
  useDocumentTitle("Season reset");
  const [scope, set_scope] = useState<ResetScope>({});
  const dry_run = useResetDryRun(scope);
  const reset = useResetProgress();

  return (
    <div className="page">
      <div className="page-heading">
        <h1>Season reset</h1>
        <p className="muted">
          End the season: progress goes back to zero and the final standings are kept under{" "}
          <Link to="/seasons">Past seasons</Link>. A backup of the database is written first.
        </p>
      </div>
      <Card title="1. Who is reset">
        <ResetScopeForm scope={scope} disabled={reset.isPending} onChange={(next) => {
          set_scope(next);
          reset.reset();
        }} />
      </Card>
      <Card title={`2. What a reset of ${scope_text(scope)} would remove`}>
        {dry_run.isPending && <LoadingState label="Counting…" />}
        {dry_run.isError && (
          <ErrorState error={dry_run.error} title="Could not count what would be reset" onRetry={() => void dry_run.refetch()} />
        )}
        {dry_run.data !== undefined && (
          <div className={dry_run.isPlaceholderData ? "is-stale" : undefined} aria-busy={dry_run.isFetching || undefined}>
            <ResetCounts summary={dry_run.data.summary} label="Dry run counts" />
          </div>
        )}
        <ResetLists />
      </Card>
      <Card title="3. Confirm" className="card-danger">
        <p>This cannot be undone from the app. Restoring needs the backup file and the command line.</p>
        <ResetConfirm busy={reset.isPending} disabled={dry_run.isPending} scopeText={scope_text(scope)}
          onConfirm={() => reset.mutate(scope)} />
        {reset.isError && <FormMessage kind="error">{reset_error(reset.error)}</FormMessage>}
        {reset.data !== undefined && <ResetResult result={reset.data} />}
      </Card>
    </div>
  );
}
