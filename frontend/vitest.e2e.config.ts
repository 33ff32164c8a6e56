import { defineConfig } from 'vitest/config';

// Browser tests: real headless Chromium (Debian's, never a downloaded one) driven by playwright-core against a
// running app at E2E_BASE_URL. One browser at a time: the machine has two cores and the app needs one.
const out = process.env.E2E_OUT ?? '../target';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: `${out}/e2e-report.json` },
  },
});
