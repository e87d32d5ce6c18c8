#!/usr/bin/env node
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: the scanner is a CommonJS package patched through Module._load. */
/**
 * Runs @doyensec/electronegativity on Hiwar's sources and writes its findings as JSON.
 * Usage: node scripts/electronegativity.cjs <input dir> <output.json>
 *
 * The tool would first download "updated translations" from the Internet (and, offline, its CLI then
 * loses its option names). Hiwar never reaches the network, so the downloader is replaced by one that
 * fails at once and the runner is called directly with the bundled en-US strings.
 * test/main/electronegativity.test.ts reads the JSON and fails on any finding not reviewed in
 * .electronegativity/reviewed.json (the tool itself exits 0 whatever it finds).
 */
const Module = require('node:module')
const { writeFileSync } = require('node:fs')
const { resolve } = require('node:path')

const originalLoad = Module._load
Module._load = function load(request, ...rest) {
  if (request === 'got') return () => Promise.reject(new Error('offline: no translation download'))
  return originalLoad.call(this, request, ...rest)
}
process.env.LANG = 'en-US'

const [input = 'src', output = 'electronegativity.json'] = process.argv.slice(2)
const run = require('@doyensec/electronegativity/dist/runner.js')
const electronVersion = require('electron/package.json').version

run(
  {
    input: resolve(input),
    output: undefined,
    isSarif: false,
    customScan: [],
    excludeFromScan: [],
    severitySet: undefined,
    confidenceSet: undefined,
    isRelative: true,
    isVerbose: false,
    electronUpgrade: undefined,
    electronVersionOverride: electronVersion,
    parserPlugins: []
  },
  false
).then(
  (result) => {
    const issues = result.issues.map((i) => ({
      id: i.id,
      file: i.file,
      line: i.location.line,
      column: i.location.column,
      severity: i.severity.name,
      confidence: i.confidence.name,
      manualReview: Boolean(i.manualReview),
      description: i.description
    }))
    const report = { electronVersion, checks: result.globalChecks + result.atomicChecks, errors: result.errors, issues }
    writeFileSync(resolve(output), `${JSON.stringify(report, null, 2)}\n`)
    console.log(`electronegativity: ${report.checks} checks, ${issues.length} findings, ${result.errors.length} parse errors → ${output}`)
    process.exit(0)
  },
  (e) => {
    console.error(e && e.stack ? e.stack : e)
    process.exit(1)
  }
)
