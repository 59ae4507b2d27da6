#!/usr/bin/env bash
# Installs the npm tools the tests use (ajv, a JSON Schema validator outside .NET, for the schema's differential
# test) from the committed lock file into .ci/npm-tools/node_modules. Safe to run again; CI runs it before the tests.
set -euo pipefail
cd "$(dirname "$0")/npm-tools"
npm ci --no-audit --no-fund --loglevel=error
./node_modules/.bin/ajv help >/dev/null
