/** The harness's only reading of the real time: when a run starts and ends, and where a scenario's clock begins. */
export function systemNow(): Date {
  return new Date()
}
