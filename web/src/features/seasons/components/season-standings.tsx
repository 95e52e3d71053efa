// One season's standings with their loading, empty and error states.
import { EmptyState } from "../../../components/empty-state";
import { ErrorState } from "../../../components/error-state";
import { LoadingState } from "../../../components/loading-state";
import { useStandings } from "../api";
import { StandingsTable } from "./standings-table";

export function SeasonStandings({ seasonId }: { seasonId: number }) {
  const standings = useStandings(seasonId);
  if (standings.isPending) return <LoadingState label="Loading standings…" />;
  if (standings.isError)
    return <ErrorState error={standings.error} title="Could not load the standings" onRetry={() => void standings.refetch()} />;
  if (standings.data.length === 0)
    return <EmptyState title="No standings in this season">No student had progress when it closed.</EmptyState>;
  return <StandingsTable standings={standings.data} />;
}
