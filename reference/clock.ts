// The one module that reads the system time; everything else receives a Clock.

export interface Clock {
  /** Unix seconds, may be fractional. */
  now(): number
}

function systemSeconds(): number {
  return Date.now() / 1000
}

export const systemClock: Clock = { now: systemSeconds }

/** Follows the system time until set or advanced; then stands still until moved or reset. */
export class ControllableClock implements Clock {
  private frozenAt: number | undefined

  now(): number {
    return this.frozenAt ?? systemSeconds()
  }

  isFrozen(): boolean {
    return this.frozenAt !== undefined
  }

  set(seconds: number): void {
    this.frozenAt = seconds
  }

  /** Freezes a following clock at now + seconds. */
  advance(seconds: number): void {
    this.frozenAt = this.now() + seconds
  }

  reset(): void {
    this.frozenAt = undefined
  }
}
