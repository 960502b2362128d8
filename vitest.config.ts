import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/scratch.ts'],
    // A hang guard, not a speed goal (those are printed by npm run bench). End-to-end tests start the CLI as a child
    // process; the longest without a budget of its own takes about 16 s on an idle 2-core machine, and CI shares its
    // cores, where a 60 s limit once failed a test that was only slow.
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
