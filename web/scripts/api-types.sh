#!/usr/bin/env bash
# Writes src/lib/api-types.ts from the server's OpenAPI document (`anzan openapi`), or with
# --check fails when the committed file differs from what the route table gives today.
# Usage: web/scripts/api-types.sh ANZAN_BINARY [--check]
set -euo pipefail
binary=$(realpath "$1")
mode=${2:-write}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$binary" openapi >"$work/openapi.json"
npx --no-install openapi-typescript "$work/openapi.json" --output "$work/api-types.ts" >/dev/null 2>&1 ||
  npx --no-install openapi-typescript "$work/openapi.json" --output "$work/api-types.ts"
{
  echo "// Generated from the server's route table by web/scripts/api-types.sh (make api-types)."
  echo "// Do not edit: change the route's schema in src/<area>/schemas.cpp and regenerate."
  cat "$work/api-types.ts"
} >"$work/api-types.with-header.ts"
if [ "$mode" = "--check" ]; then
  if ! diff -u src/lib/api-types.ts "$work/api-types.with-header.ts"; then
    echo "web/src/lib/api-types.ts is stale: run 'make api-types' and commit it" >&2
    exit 1
  fi
  echo "web/src/lib/api-types.ts matches the route table"
else
  cp "$work/api-types.with-header.ts" src/lib/api-types.ts
  echo "wrote web/src/lib/api-types.ts"
fi
