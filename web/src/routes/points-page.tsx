// Points: the balance and every change to it, with what it was for.
import { Card } from "../components/card";
import { PointsHistory } from "../features/points/components/points-history";
import { useDocumentTitle } from "../lib/use-document-title";

export function PointsPage() {
  useDocumentTitle("Points");
  return (
    <div className="page">
      <div className="page-heading">
        <h1>Points</h1>
        <p className="muted">Every point you earned (or spent), newest first.</p>
      </div>
      <Card title="History">
        <PointsHistory />
      </Card>
    </div>
  );
}
