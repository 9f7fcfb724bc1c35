/**
 * The scenario's clock. It starts at the real time (whole seconds, so that dates the server
 * computes are predictable) and then only moves when a scenario says time passes.
 */
export class VirtualClock {
  #ms: number

  constructor(startMs: number) {
    this.#ms = Math.floor(startMs / 1000) * 1000
  }

  nowMs(): number {
    return this.#ms
  }

  nowSeconds(): number {
    return this.#ms / 1000
  }

  now(): Date {
    return new Date(this.#ms)
  }

  advance(seconds: number): void {
    if (!(seconds >= 0)) throw new RangeError(`time only moves forward (asked to move ${seconds} s)`)
    this.#ms += seconds * 1000
  }
}
