// How long a worker's expensive parts (its server, its browser) live. A cucumber worker runs one
// cucumber run and stops them in AfterAll; a pool worker (pool-worker.ts) runs many cucumber
// runs and keeps them until it ends.
let kept = false

/** From now on, AfterAll hooks leave the server and the browser running: the pool worker stops them. */
export function keepForWholeRun(): void {
  kept = true
}

export function isKeptForWholeRun(): boolean {
  return kept
}
