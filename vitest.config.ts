import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Scans every step the harness ran for leaked secrets, after each file (test/harness/leak-scan.ts).
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Files at once. Vitest's default is one fewer than the cores (1 on a 2-core machine), but most files
    // wait on child processes and sockets, not on the CPU, so several at once overlap their waits.
    maxWorkers: 4,
    // The bundled action is imported as shipped (test/harness/in-process.ts), not through Vite.
    server: { deps: { external: [/\/dist\/[^/]*\.js$/] } },
  },
});
