// The CPU a process's children used: npm test's phases (scripts/test.ts) and bench/suite.ts's runs.
import { readFileSync } from 'node:fs'

/**
 * User plus system CPU seconds of the child processes this one has reaped, with everything they
 * reaped in turn (Linux /proc/self/stat fields 16 and 17, cutime and cstime, in clock ticks of
 * 1/100 s; 0 where there is no /proc). A child's CPU is added once it has exited and been waited for.
 */
export function reapedCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const [cutime = 0, cstime = 0] = stat.slice(stat.lastIndexOf(')') + 2).split(' ').slice(13, 15).map(Number)
    return (cutime + cstime) / 100
  } catch {
    return 0
  }
}
