import { vi } from 'vitest';

// Every unit test runs on one fixed day, whatever the machine's clock says: the demo store, the
// fixtures and the starter pack's order-state rules are dated around 2026-11-24, and a test that
// read today's date passed on 2026-11-24 and failed on 2026-12-04. The clock still advances from
// there (timeouts, backoff and "updatedAt" ordering keep working). A test that needs another day
// sets it with vi.setSystemTime.
export const TEST_NOW = new Date('2026-11-24T12:00:00Z');

vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'], shouldAdvanceTime: true });
