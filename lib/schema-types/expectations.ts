// Generated from schemas/expectations.schema.json by scripts/schema-types.ts (npm run schema-types): do not edit.

/**
 * Scenarios a target is known to fail, each with its reason. A listed scenario that fails is an expected failure; one that passes is an unexpected pass.
 */
export interface SessionspecExpectationsFile {
  $schema?: string;
  expectations: {
    /**
     * a scenario id such as COOK-LIF-007, one Examples row such as COOK-SS-002:3, optionally one engine's run such as SESS-SV-001[db]
     */
    id: string;
    /**
     * why the target fails it (at least a sentence)
     */
    reason: string;
    /**
     * entry numbers of docs/catalogue.md
     */
    catalogue?: string[];
    issue?: string;
  }[];
}
