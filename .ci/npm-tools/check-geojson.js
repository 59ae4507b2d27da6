#!/usr/bin/env node
// Checks a GeoJSON file with @placemarkio/check-geojson (RFC 7946: structure, [longitude, latitude] ranges, ring
// order, no foreign CRS). Prints each issue with its place in the file and exits 1 when there is any.
// Usage: node check-geojson.js FILE.geojson
'use strict';
const fs = require('fs');
const { getIssues } = require('@placemarkio/check-geojson');

const file = process.argv[2];
if (!file) {
  console.error('usage: node check-geojson.js FILE.geojson');
  process.exit(2);
}
const issues = getIssues(fs.readFileSync(file, 'utf8'));
for (const issue of issues) {
  console.log(`${file}:${issue.from}-${issue.to}: ${issue.severity}: ${issue.message}`);
}
console.log(issues.length === 0 ? `${file}: valid GeoJSON` : `${file}: ${issues.length} issue(s)`);
process.exit(issues.length === 0 ? 0 : 1);
