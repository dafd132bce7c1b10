// npm test – everything CI runs, in order, stopping at the first failure:
// typecheck, lint, unit, integration, e2e, and the official Azure SDKs and az against a
// running stack. The last line sums the tests of every suite
// that ran: "N passed, N failed".
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cerulean-test-'))

const steps = [
  { script: 'typecheck' },
  { script: 'lint' },
  { script: 'test:unit', report: 'unit.json' },
  { script: 'test:integration', report: 'integration.json' },
  { script: 'test:e2e', report: 'e2e.json' },
  { script: 'test:sdk', report: 'sdk.json' },
]

const totals = { passed: 0, failed: 0 }

function readCounts(file) {
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'))
    return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 }
  } catch {
    return undefined
  }
}

function finish(code) {
  fs.rmSync(reportDir, { recursive: true, force: true })
  console.log(`${totals.passed} passed, ${totals.failed} failed`)
  process.exit(code)
}

for (const step of steps) {
  const args = ['run', step.script]
  const reportFile = step.report && path.join(reportDir, step.report)
  if (reportFile) args.push('--', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`)
  console.log(`\n▶ npm ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit' })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const counts = reportFile ? readCounts(reportFile) : undefined
  if (counts) {
    totals.passed += counts.passed
    totals.failed += counts.failed
  }
  const code = result.status ?? 1
  if (code !== 0) {
    console.error(`\n✗ ${step.script} failed (exit code ${code}, ${seconds} s); later steps were not run.`)
    finish(code)
  }
  console.log(`✓ ${step.script} (${seconds} s${counts ? `, ${counts.passed} passed` : ''})`)
}
finish(0)
