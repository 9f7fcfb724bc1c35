// Which way imports may point (docs/architecture.md, "Dependencies"). `npm test` runs
// `depcruise --config .dependency-cruiser.cjs` over the sources (scripts/test.ts); a rule
// broken here fails CI. Type-only imports count: a circle of types is still a circle.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circle, type-only imports included: an interface two modules share lives in a file of its own.',
      from: { path: '^(reference|harness|steps|lib|scripts|bin)/' },
      to: { circular: true },
    },
    {
      name: 'pipeline-knows-no-feature',
      severity: 'error',
      comment: 'reference/pipeline (router, middleware chain, parameter reading) is what sessions, messages and the fixture operations build on; it imports none of them. What a middleware attaches to the context it declares itself.',
      from: { path: '^reference/pipeline/' },
      to: { path: '^reference/(sessions|messages|signing|fixtures|control|demo|checks|cli)/' },
    },
    {
      name: 'features-below-their-apis',
      severity: 'error',
      comment: 'Sessions, messages, cookies and signing are the framework; the fixture and control APIs, the demo site and the command line are built on them, never the other way.',
      from: { path: '^reference/(sessions|messages|cookies|signing|pipeline)/' },
      to: { path: '^reference/(fixtures|control|demo|checks|cli)/' },
    },
    {
      name: 'engines-behind-one-interface',
      severity: 'error',
      comment: 'Outside reference/sessions/engines/, an engine is reached through engines/index.ts (the registry) and typed by sessions/engine.ts; store-errors.ts gives the middleware the words of a store failure.',
      from: { path: '^reference/', pathNot: '^reference/sessions/engines/' },
      to: { path: '^reference/sessions/engines/', pathNot: '^reference/sessions/engines/(index|store-errors)[.]ts$' },
    },
    {
      name: 'targets-only-through-the-driver',
      severity: 'error',
      comment: 'The harness and the step definitions reach a server under test over HTTP (harness/driver), never by importing the reference server, so the reference is one target among others.',
      from: { path: '^(harness|steps|lib)/' },
      to: { path: '^reference/' },
    },
    {
      name: 'expected-bytes-not-from-the-server-code',
      severity: 'error',
      comment: 'Issue 12: what the harness expects of a signed value is its own (harness/oracle) or a literal captured from Django, never computed by lib/signing, the signing code the reference server uses; a wrong derivation there would be wrong on both sides and pass.',
      from: { path: '^(harness|steps)/' },
      to: { path: '^lib/signing/' },
    },
    {
      name: 'server-knows-no-harness',
      severity: 'error',
      comment: 'The reference server and lib/ do not import the harness or the steps; lib/steps.ts is the exception by design: the package entry a project\'s own step files import, which hands them the World type.',
      from: { path: '^(reference|lib)/', pathNot: '^lib/steps[.]ts$' },
      to: { path: '^(harness|steps)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'] },
  },
}
