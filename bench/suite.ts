// Suite benchmark: how long the whole specification takes against the embedded reference
// server, every engine and storage, browser scenarios excluded, next to the goal of issue 11.
//   node --import tsx bench/suite.ts [--runs N] [--parallel N] [--tags EXPR]
// Each run is `sessionspec run` in a child process, timed as a user would see it. CPU seconds
// (the child and its workers) are printed too: on a shared machine they vary less than wall time.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { reapedCpuSeconds } from '../scripts/reaped-cpu.js'

const GOAL_SECONDS = 30
const ROOT = new URL('..', import.meta.url).pathname

interface Scenario { area: string; durationMs: number; outcome: string }

const { values } = parseArgs({ options: {
  runs: { type: 'string', default: '1' },
  parallel: { type: 'string', default: '2' },
  tags: { type: 'string', default: 'not @browser' },
} })
for (const name of ['runs', 'parallel'] as const) {
  if (!/^[1-9]\d*$/.test(values[name])) {
    process.stderr.write(`bench/suite: --${name} must be a whole number of at least 1, not ${JSON.stringify(values[name])}\n`)
    process.exit(2)
  }
}

async function runOnce(reports: string): Promise<{ wallS: number; cpuS: number; load: number[]; scenarios: Scenario[] }> {
  const load = loadavg()
  const cpuBefore = reapedCpuSeconds()
  const started = performance.now()
  const args = ['bin/sessionspec.mjs', 'run', '--target', 'targets/reference.yaml', '--parallel', values.parallel, '--reports', reports, '--tags', values.tags]
  const code = await new Promise<number | null>((done) => {
    spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }).once('exit', done)
  })
  const wallS = (performance.now() - started) / 1000
  const cpuS = reapedCpuSeconds() - cpuBefore
  let results: { scenarios: Scenario[] }
  try {
    results = JSON.parse(await readFile(join(reports, 'reference', 'results.json'), 'utf8'))
  } catch {
    throw new Error(`the run exited with code ${code} and wrote no results.json`)
  }
  return { wallS, cpuS, load: [...load, ...loadavg()], scenarios: results.scenarios }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
}

function printAreas(scenarios: Scenario[]): void {
  const byArea = new Map<string, number[]>()
  for (const s of scenarios) {
    const area = s.area.split(' ')[0]
    byArea.set(area, [...(byArea.get(area) ?? []), s.durationMs])
  }
  console.log(`  ${'area'.padEnd(10)}${'scenarios'.padStart(10)}${'median'.padStart(10)}${'p95'.padStart(10)}${'sum'.padStart(10)}`)
  for (const [area, durations] of [...byArea].sort()) {
    durations.sort((a, b) => a - b)
    const sum = durations.reduce((a, b) => a + b, 0)
    console.log(`  ${area.padEnd(10)}${String(durations.length).padStart(10)}${`${percentile(durations, 0.5)} ms`.padStart(10)}${`${percentile(durations, 0.95)} ms`.padStart(10)}${`${(sum / 1000).toFixed(1)} s`.padStart(10)}`)
  }
}

const work = await mkdtemp(join(tmpdir(), 'sessionspec-bench-suite-'))
try {
  for (let run = 1; run <= Number(values.runs); run++) {
    const { wallS, cpuS, load, scenarios } = await runOnce(join(work, String(run)))
    const bad = scenarios.filter((s) => !['passed', 'not-applicable'].includes(s.outcome)).length
    console.log(`\nrun ${run}: ${scenarios.length} scenarios (--tags "${values.tags}", ${values.parallel} workers), ${bad} not passed or not applicable`)
    console.log(`  wall ${wallS.toFixed(1)} s (goal <= ${GOAL_SECONDS} s: ${wallS <= GOAL_SECONDS ? 'met' : 'NOT met'}), CPU ${cpuS.toFixed(1)} s, ${(wallS * 1000 / scenarios.length).toFixed(1)} ms wall per scenario`)
    console.log(`  load average before ${load.slice(0, 3).map((l) => l.toFixed(1)).join(' ')}, after ${load.slice(3).map((l) => l.toFixed(1)).join(' ')} (on a shared machine, compare CPU seconds)`)
    console.log('  time per scenario (from its Before hook to its last step), by area:')
    printAreas(scenarios)
  }
} finally {
  await rm(work, { recursive: true, force: true })
}
