// Generated from schemas/results.schema.json by scripts/schema-types.ts (npm run schema-types): do not edit.

/**
 * The single source of a run's results: reports/<target>/results.json. JUnit, the Markdown summary and the HTML report are rendered from it.
 */
export interface SessionspecResultsFile {
  format: "sessionspec-results";
  version: 1;
  target: {
    name: string;
    title?: string;
    baseUrl: string;
    file: string;
    profiles: string[];
    capabilities: string[];
    engines: string[];
    messageStorages: string[];
  };
  run: {
    startedAt: string;
    finishedAt: string;
    tags?: string;
    parallel: number;
    shard?: string;
    node: string;
    /**
     * the version of the sessionspec package that ran
     */
    sessionspec?: string;
    /**
     * the version of the specification (package.json specificationVersion): major when a scenario is removed or changes meaning, minor when scenarios are added
     */
    specification?: string;
  };
  totals: {
    passed: number;
    failed: number;
    "not-applicable": number;
    "expected-failure": number;
    "unexpected-pass": number;
    error: number;
  };
  scenarios: {
    id: string;
    title: string;
    feature: string;
    area: string;
    uri: string;
    line: number;
    tags: string[];
    outcome: "passed" | "failed" | "not-applicable" | "expected-failure" | "unexpected-pass" | "error";
    reason?: string;
    message?: string;
    durationMs: number;
    /**
     * the HTTP exchanges of a scenario that did not pass, as the user agent saw them
     */
    exchanges?: {
      request: {
        method: string;
        url: string;
        headers: unknown[][];
        body?: string;
        [k: string]: unknown;
      };
      response: {
        status: number;
        headers: unknown[][];
        setCookies: string[];
        body: string;
        [k: string]: unknown;
      };
      refused?: unknown[];
      [k: string]: unknown;
    }[];
    /**
     * the engine variant of a run of a @per-engine feature
     */
    engine?: string;
    /**
     * the message storage of a run of a @per-storage feature
     */
    storage?: string;
  }[];
}
