// Checks every successful JSON answer the API tests received (the JSON lines the harness writes
// when ANZAN_RESPONSE_LOG is set) against its route's response schema in the OpenAPI document, so
// the schemas that feed the web's generated types are proven against the real server.
// Usage: node tests/api/check-responses.mjs ANZAN_BINARY LOG...
import { execFileSync } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(new URL("../../web/package.json", import.meta.url));
const Ajv2020 = require("ajv/dist/2020").default;

const [binary, ...logs] = process.argv.slice(2);
const document = JSON.parse(execFileSync(binary, ["openapi"], { encoding: "utf8", maxBuffer: 64 << 20 }));

// One root schema holding the components, so "#/components/schemas/X" resolves as "api#/$defs/X".
const rewrite = (schema) => JSON.parse(JSON.stringify(schema).replaceAll("#/components/schemas/", "api#/$defs/"));
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
ajv.addSchema({ $id: "api", $defs: rewrite(document.components.schemas) });

// Path templates, literal segments before parameters (as the server's router decides).
const templates = Object.keys(document.paths).map((template) => ({
  template,
  parts: template.split("/").filter(Boolean),
}));
function findTemplate(path) {
  const parts = path.split("?")[0].split("/").filter(Boolean);
  let best = null;
  for (const candidate of templates) {
    if (candidate.parts.length !== parts.length) continue;
    let specificity = "";
    let fits = true;
    candidate.parts.forEach((part, i) => {
      if (part.startsWith("{")) specificity += "0";
      else if (part === parts[i]) specificity += "1";
      else fits = false;
    });
    if (fits && (!best || specificity > best.specificity)) best = { ...candidate, specificity };
  }
  return best?.template;
}

const validators = new Map();
function validatorFor(template, method, status) {
  const key = `${method} ${template} ${status}`;
  if (!validators.has(key)) {
    const schema = document.paths[template]?.[method]?.responses?.[status]?.content?.["application/json"]?.schema;
    validators.set(key, schema ? ajv.compile(rewrite(schema)) : null);
  }
  return validators.get(key);
}

const checked = new Map();
const problems = [];
for (const log of logs) {
  if (!existsSync(log)) continue;
  for (const line of readFileSync(log, "utf8").split("\n")) {
    if (!line) continue;
    const { method, path, status, body } = JSON.parse(line);
    const template = findTemplate(path);
    const lower = method.toLowerCase();
    if (!template || !document.paths[template][lower]) continue;  // not an API route (the web app, say)
    const validate = validatorFor(template, lower, String(status));
    if (!validate) {
      problems.push(`${method} ${path}: answered ${status}, which its route does not declare`);
      continue;
    }
    const key = `${method} ${template}`;
    checked.set(key, (checked.get(key) ?? 0) + 1);
    if (!validate(body))
      problems.push(`${method} ${path} (${status}): ${ajv.errorsText(validate.errors, { dataVar: "body" })}`);
  }
}

const declared = [];
for (const [template, operations] of Object.entries(document.paths))
  for (const [method, operation] of Object.entries(operations))
    for (const [status, answer] of Object.entries(operation.responses))
      if (status.startsWith("2") && answer.content?.["application/json"] && !template.startsWith("/api/openapi"))
        declared.push(`${method.toUpperCase()} ${template}`);
const unseen = [...new Set(declared)].filter((key) => !checked.has(key) && key.includes("/api/"));

const total = [...checked.values()].reduce((a, b) => a + b, 0);
console.log(`response schemas: ${total} answers on ${checked.size} routes checked`);
// A route whose answer no test checks could drift from its schema unseen: every one needs a test.
for (const key of unseen) problems.push(`${key}: no API test received a successful answer to check`);
if (problems.length) {
  for (const problem of problems.slice(0, 50)) console.log(`✗ ${problem}`);
  console.log(`${problems.length} answers do not match their schema`);
  process.exit(1);
}
