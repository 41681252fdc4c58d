#!/usr/bin/env bash
# Regenerates grafana/schema/dashboard.schema.json: the JSON Schema of Grafana's dashboard model, generated from the
# TypeScript types of the npm package @grafana/schema. The tests validate every dashboard against it.
# Run from the repository root; needs Node.js and npm.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund @grafana/schema@13.2.3 ts-json-schema-generator@2.9.0 typescript >/dev/null)
"$work/node_modules/.bin/ts-json-schema-generator" \
  --path "$work/node_modules/@grafana/schema/dist/types/raw/dashboard/x/types.gen.d.ts" \
  --type Dashboard --no-type-check -o grafana/schema/dashboard.schema.json
echo "wrote grafana/schema/dashboard.schema.json"
