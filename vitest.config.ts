import { defineConfig } from 'vitest/config';

/**
 * Suites that run the code in this process (no CLI child process, no browser, no hostile inputs): seconds in all,
 * for feedback while editing (`npm run test:unit`). Everything else is end to end. `npm test` runs both.
 */
const UNIT = [
  'test/extract/**/*.test.ts',
  'test/units.test.ts',
  'test/writers.test.ts',
  'test/evaluate/score.test.ts',
  'test/release/workflows.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['test/scratch.ts'],
    // A hang guard, not a speed goal (those are printed by npm run bench). End-to-end tests start the CLI as a child
    // process; the longest without a budget of its own takes about 16 s on an idle 2-core machine, and CI shares its
    // cores, where a 60 s limit once failed a test that was only slow.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      { extends: true, test: { name: 'end-to-end', include: ['test/**/*.test.ts'], exclude: UNIT } },
    ],
  },
});
