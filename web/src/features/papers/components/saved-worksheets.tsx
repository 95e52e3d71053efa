// Staff: worksheets saved earlier, newest first as the server lists them, each to reopen in the builder or
// download again (with or without its answer key), or to answer online.
import { EmptyState } from "../../../components/empty-state";
import { ErrorState } from "../../../components/error-state";
import { LoadingState } from "../../../components/loading-state";
import { formatDate } from "../../../lib/format";
import { useSavedPapers } from "../api";

type SavedWorksheetsProps = {
  busyId: number | null;
  onOpen: (id: number) => void;
  onDownload: (id: number, answerKey: boolean) => void;
  onAttempt: (id: number) => void;
};

export function SavedWorksheets({ busyId, onOpen, onDownload, onAttempt }: SavedWorksheetsProps) {
  const papers = useSavedPapers();
  if (papers.isPending) return <LoadingState label="Loading saved worksheets…" />;
  if (papers.isError)
    return <ErrorState error={papers.error} title="Could not load saved worksheets" onRetry={() => void papers.refetch()} />;
  if (papers.data.length === 0)
    return <EmptyState title="No saved worksheets yet">Preview a worksheet and save it to find it here.</EmptyState>;
  return (
    <ul className="saved-list">
      {papers.data.map((paper) => (
        <li key={paper.id} className="saved-item">
          <div className="saved-item-text">
            <span className="strong">{paper.title}</span>
            <span className="muted small">
              {[paper.level, paper.created_at ? formatDate(paper.created_at) : null, paper.seed !== null ? `seed ${paper.seed}` : null]
                .filter(Boolean)
                .join(" · ")}
            </span>
          </div>
          <div className="button-row">
            <button type="button" className="button button-small button-secondary" onClick={() => onOpen(paper.id)}
              disabled={busyId === paper.id} aria-label={`Open ${paper.title}`}>Open</button>
            <button type="button" className="button button-small button-secondary" onClick={() => onDownload(paper.id, false)}
              disabled={busyId === paper.id} aria-label={`Download ${paper.title}`}>PDF</button>
            <button type="button" className="button button-small button-secondary" onClick={() => onDownload(paper.id, true)}
              disabled={busyId === paper.id} aria-label={`Download ${paper.title} with answer key`}>+ Key</button>
            <button type="button" className="button button-small button-secondary" onClick={() => onAttempt(paper.id)}
              disabled={busyId === paper.id} aria-label={`Attempt ${paper.title} online`}>Attempt</button>
          </div>
        </li>
      ))}
    </ul>
  );
}
