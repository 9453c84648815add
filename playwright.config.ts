import { defineConfig } from '@playwright/test';

// Specs launch their own Chromium with the built extension (tests/harness/chromium.ts);
// Playwright never downloads a browser here.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  // A run that hangs ends here with the spec named, long before CI's own limit (stop 30, 2026-12-06).
  globalTimeout: 40 * 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'list' : [['list']],
  use: { trace: 'off' },
});
