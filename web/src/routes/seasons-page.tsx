// Past seasons: every archived season, and the final standings of the one chosen (the newest at first).
import { useState } from "react";
import { Card } from "../components/card";
import { EmptyState } from "../components/empty-state";
import { ErrorState } from "../components/error-state";
import { LoadingState } from "../components/loading-state";
import { useSeasons, type Season } from "../features/seasons/api";
import { SeasonStandings } from "../features/seasons/components/season-standings";
import { SeasonsList } from "../features/seasons/components/seasons-list";
import { useDocumentTitle } from "../lib/use-document-title";

function SeasonsBody({ seasons }: { seasons: readonly Season[] }) {
  const [chosen, set_chosen] = useState<number | null>(null);
  const selected = seasons.find((season) => season.id === chosen) ?? seasons[0];
  if (selected === undefined)
    return (
      <Card title="Seasons">
        <EmptyState title="No past seasons yet">A season appears here once an admin resets progress.</EmptyState>
      </Card>
    );
  return (
    <div className="seasons-layout">
      <Card title="Seasons">
        <SeasonsList seasons={seasons} selectedId={selected.id} onSelect={set_chosen} />
      </Card>
      <Card title={`Standings: ${selected.name || `Season #${selected.id}`}`}>
        <SeasonStandings seasonId={selected.id} />
      </Card>
    </div>
  );
}

export function SeasonsPage() {
  useDocumentTitle("Past seasons");
  const seasons = useSeasons();
  return (
    <div className="page page-wide">
      <div className="page-heading">
        <h1>Past seasons</h1>
        <p className="muted">Final standings of every season that has ended.</p>
      </div>
      {seasons.isPending && <LoadingState label="Loading seasons…" />}
      {seasons.isError && (
        <ErrorState error={seasons.error} title="Could not load past seasons" onRetry={() => void seasons.refetch()} />
      )}
      {seasons.isSuccess && <SeasonsBody seasons={seasons.data} />}
    </div>
  );
}
