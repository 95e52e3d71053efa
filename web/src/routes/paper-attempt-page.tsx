// One online attempt at a paper: the start screen, the paper with autosaved answers and a clock, then the
// server's result with every question reviewed against the answer key; or, for an attempt left untouched
// for an hour, that it expired. "Re-attempt" starts the same paper again (the server allows two attempts).
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { Card } from "../components/card";
import { ErrorState } from "../components/error-state";
import { FormMessage } from "../components/form-message";
import { LoadingState } from "../components/loading-state";
import { accountKeys } from "../features/accounts/api";
import { useAttempt, useAttemptValidity, useStartAttempt } from "../features/attempts/api";
import { AttemptExpired } from "../features/attempts/components/attempt-expired";
import { AttemptResult } from "../features/attempts/components/attempt-result";
import { AttemptReview } from "../features/attempts/components/attempt-review";
import { AttemptRunner } from "../features/attempts/components/attempt-runner";
import { reviewRows } from "../features/attempts/review";
import { attemptState, reattemptRequest } from "../features/attempts/status";
import type { PaperAttemptDetail, PaperAttemptResult } from "../features/attempts/types";
import { useQuestionTypes } from "../features/papers/api";
import { errorMessage } from "../lib/api";
import { formatNumber } from "../lib/format";
import { useDocumentTitle } from "../lib/use-document-title";
import { NotFoundPage } from "./not-found-page";

export function PaperAttemptPage() {
  useDocumentTitle("Paper attempt");
  const { id } = useParams();
  const attempt_id = Number(id);
  if (!Number.isInteger(attempt_id) || attempt_id <= 0) return <NotFoundPage />;
  return <AttemptScreen key={attempt_id} id={attempt_id} />;
}

// The review needs the graded attempt (results and answer key), which the server sends once it is closed.
function is_graded(detail: PaperAttemptDetail): boolean {
  return detail.status === "completed" && detail.results !== null;
}

function AttemptScreen({ id }: { id: number }) {
  const detail = useAttempt(id);
  const validity = useAttemptValidity(id);
  const types = useQuestionTypes();
  const query_client = useQueryClient();
  const navigate = useNavigate();
  const reattempt = useStartAttempt();
  const [submitted, set_submitted] = useState<PaperAttemptResult | null>(null);

  if (detail.isPending || validity.isPending) return <div className="page"><LoadingState label="Loading the paper…" /></div>;
  if (detail.isError)
    return <div className="page"><ErrorState error={detail.error} title="Could not open this attempt" onRetry={() => void detail.refetch()} /></div>;

  const attempt = detail.data;
  const label_of = (type: string) => types.data?.question_types.find((spec) => spec.type === type)?.label ?? type;
  const block_titles = attempt.generated_blocks.map((block) => block.config.title || label_of(block.config.type));
  const status = submitted !== null ? "completed" : attemptState(attempt, validity.data);
  const again = (
    <button type="button" className="button button-secondary" disabled={reattempt.isPending}
      onClick={() => reattempt.mutate(reattemptRequest(attempt), { onSuccess: (next) => void navigate(`/papers/attempt/${next.id}`) })}>
      {reattempt.isPending ? "Starting…" : "Re-attempt"}
    </button>
  );
  const again_error = reattempt.isError && <FormMessage kind="error">{errorMessage(reattempt.error)}</FormMessage>;

  return (
    <div className="page page-wide">
      <div className="page-heading">
        <h1>{attempt.paper_title}</h1>
        <p className="muted">{[attempt.paper_level, `${formatNumber(attempt.total_questions)} questions`].filter(Boolean).join(" · ")}</p>
      </div>
      {status === "open" && (
        <Card>
          <AttemptRunner detail={attempt} blockTitles={block_titles}
            onSubmitted={(result) => {
              set_submitted(result);
              void query_client.invalidateQueries({ queryKey: accountKeys.me });
            }}
            onClosed={() => {
              void detail.refetch();
              void validity.refetch();
            }} />
        </Card>
      )}
      {status === "expired" && (
        <AttemptExpired title={attempt.paper_title}>
          <div className="button-row">{again}<Link className="button button-secondary" to="/papers">My papers</Link></div>
          {again_error}
        </AttemptExpired>
      )}
      {status === "completed" && (
        <>
          <Card title="Your result" className="card-result"
            actions={<div className="button-row">{again}<Link className="button button-secondary" to="/papers">My papers</Link></div>}>
            {again_error}
            <AttemptResult attempt={submitted ?? attempt} />
          </Card>
          <Card title="Review">
            {is_graded(attempt) ? <AttemptReview blocks={reviewRows(attempt, block_titles)} />
              : <LoadingState label="Loading the answer key…" />}
          </Card>
        </>
      )}
    </div>
  );
}
