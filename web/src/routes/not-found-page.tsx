// Any client path that matches no page.
import { Link, useLocation } from "react-router";
import { useDocumentTitle } from "../lib/use-document-title";

export function NotFoundPage() {
  const location = useLocation();
  useDocumentTitle("Page not found");
  return (
    <div className="page page-narrow">
      <div className="state state-empty not-found">
        <p className="not-found-code">404</p>
        <strong>Page not found</strong>
        <p className="muted break">
          There is no page at <code>{location.pathname}</code>.
        </p>
        <Link className="button button-primary" to="/">
          Go to the dashboard
        </Link>
      </div>
    </div>
  );
}
