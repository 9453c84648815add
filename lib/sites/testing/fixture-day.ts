/**
 * A fixture page is read on the day it was saved (the date its file name opens with): its "oggi,
 * 10:22" and "2 hours ago" mean that day, not the unit tests' fixed clock, which may be days before
 * the dates the page shows (a page of 2026-12-05 read on 2026-11-24 would have "today" before
 * yesterday's mail).
 */
import { afterEach, vi } from 'vitest';
import { TEST_NOW } from '@/tests/setup/fixed-clock';

export function readOnTheDaySaved(file: string): void {
  const day = /^\d{4}-\d\d-\d\d/.exec(file)?.[0];
  vi.setSystemTime(day ? new Date(`${day}T12:00:00Z`) : TEST_NOW);
}

/** Back to the fixed clock after each test of the file that calls it. */
export function restoreClockAfterEach(): void {
  afterEach(() => {
    vi.setSystemTime(TEST_NOW);
  });
}
