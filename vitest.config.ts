import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['{lib,components,entrypoints,scripts}/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto', 'tests/setup/fixed-clock.ts', 'tests/setup/reader-words.ts'],
    testTimeout: 20_000,
    reporters: ['default', './scripts/stuck-file-reporter.ts'],
  },
});
