// /docs is not a page of the app: the API reference is a static page the server serves from
// web/dist/docs/index.html. Reaching /docs through the app (a link, or the server's fallback) goes there.
import { useEffect } from "react";

export const kDocsPath = "/docs/index.html";

export function DocsRedirect() {
  useEffect(() => {
    // If the server answered /docs/index.html with the app itself, the file is missing: do not loop.
    if (window.location.pathname !== kDocsPath) window.location.replace(kDocsPath);
  }, []);
  return (
    <main className="page-center">
      <p>
        Opening the <a href={kDocsPath}>API documentation</a>…
      </p>
    </main>
  );
}
