// Lint rules for the web app: the recommended JS and type-aware TypeScript rules, React hooks rules, no
// `any`, and our own structural rule: a feature folder never imports another feature (STYLE.md §3);
// shared code goes in src/lib or src/components, and src/routes composes features.
import path from "node:path";
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

const kFeaturesDir = path.resolve(import.meta.dirname, "src/features");

// The feature folder name a file or import target lies in, or null outside src/features.
function feature_of(file) {
  const relative = path.relative(kFeaturesDir, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  return relative.split(path.sep)[0] ?? null;
}

const noCrossFeatureImports = {
  meta: {
    type: "problem",
    docs: { description: "A feature must not import another feature; share through lib/ or components/." },
    schema: [],
  },
  create(context) {
    const own = feature_of(context.filename);
    if (own === null) return {};
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== "string" || !source.startsWith(".")) return;
      const target = feature_of(path.resolve(path.dirname(context.filename), source));
      if (target !== null && target !== own) {
        context.report({ node: node.source, message: `Feature "${own}" imports feature "${target}": move the shared part to src/lib or src/components.` });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default tseslint.config(
  { ignores: ["dist", "node_modules"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { "react-hooks": reactHooks, anzan: { rules: { "no-cross-feature-imports": noCrossFeatureImports } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "anzan/no-cross-feature-imports": "error",
    },
  },
  {
    files: ["eslint.config.js"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The API reference page's plain browser script (public/docs/init.js), served as is.
    files: ["public/**/*.js"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: "script", globals: { window: "readonly", document: "readonly" } },
  },
);
