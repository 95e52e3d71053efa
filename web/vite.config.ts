/// <reference types="vitest/config" />
// Vite builds the app into web/dist (served by `anzan serve` at /); the dev server proxies /api to a local
// `anzan serve` on port 8000 so the browser sees one origin, as in production. The API reference page
// (public/docs/: index.html, init.js, docs.css) gets Swagger UI's two files from the swagger-ui-dist
// package, copied into dist/docs/ at build and served from node_modules by the dev server.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

const kSwaggerFiles = ["swagger-ui.css", "swagger-ui-bundle.js"] as const;

function swagger_dir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve("swagger-ui-dist/package.json"));
}

function swaggerUiDocs(): Plugin {
  return {
    name: "anzan-swagger-ui-docs",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = kSwaggerFiles.find((file) => request.url === `/docs/${file}`);
        if (name === undefined) return next();
        response.setHeader("Content-Type", name.endsWith(".css") ? "text/css" : "text/javascript");
        response.end(readFileSync(path.join(swagger_dir(), name)));
      });
    },
    generateBundle() {
      const dir = swagger_dir();
      for (const name of kSwaggerFiles) {
        this.emitFile({ type: "asset", fileName: `docs/${name}`, source: readFileSync(path.join(dir, name)) });
      }
    },
  };
}

export default defineConfig({
  base: "/",
  plugins: [react(), swaggerUiDocs()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
  },
  server: {
    proxy: {
      "/api": { target: "http://localhost:8000", changeOrigin: false },
    },
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
  },
});
