import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the built CLI on 50,000-line inputs; give them room on 2 cores.
    testTimeout: 60_000,
    pool: 'forks',
  },
});
