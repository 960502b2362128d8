// The stages of pipeline/ in the order a document goes through them. A module may import from its own stage and from
// earlier ones, never from a later one: `npm test` runs dependency-cruiser with these rules (test/layers.test.ts).
const STAGES = [
  ['types', '^pipeline/types/'], // record types generated from schemas/
  ['schema', '^pipeline/schema/'], // the schemas loaded, flattened into columns, compiled by ajv
  ['base', '^pipeline/base/'], // diagnostics, positions, YAML with positions, line files, the build's identity
  ['read', '^pipeline/read/'],
  ['parse', '^pipeline/parse/'],
  ['extract', '^pipeline/extract/'],
  ['validate', '^pipeline/validate/'],
  ['orchestrate', '^pipeline/orchestrate/'],
  ['evaluate', '^pipeline/evaluate/'],
  ['publish', '^pipeline/publish/'],
  ['release', '^pipeline/release/'],
  ['site', '^pipeline/site/'],
  ['build', '^pipeline/(build|print-records|publish-version|publish-worker)\\.ts$'],
  ['commands', '^pipeline/commands/'],
  ['cli', '^pipeline/cli\\.ts$'],
];

module.exports = {
  forbidden: [
    ...STAGES.slice(0, -1).map(([name, path], i) => ({
      name: `${name}-looks-back-only`,
      comment: `${name} comes before ${STAGES.slice(i + 1)
        .map(([later]) => later)
        .join(', ')}, so it imports none of them`,
      severity: 'error',
      from: { path },
      to: { path: STAGES.slice(i + 1).map(([, later]) => later) },
    })),
    {
      name: 'no-circular',
      comment: 'a module never depends on itself through others',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'resolvable',
      comment: 'every import names a module that exists',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: reading a later stage's types is depending on it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
