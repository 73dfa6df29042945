import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/word-vectors-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Vitest's default in a run is availableParallelism() - 1 forks: one on a 2-core machine, so files
    // ran one after another. Most of the slow files wait on HTTP, Azurite and child processes, not the
    // CPU: on a 15-file subset (2 cores) 1 fork took 174 s, 2 took 99 s, 3 took 73 s and 74 s, 4 took 72 s.
    maxWorkers: 3,
  },
});
