import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start the CLI as a child process; a build takes a few seconds on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
