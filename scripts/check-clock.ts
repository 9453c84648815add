/**
 * `npm run test:clock`: the unit tests that rank, render, check or store dates, run again with the
 * machine's clock a year ahead (tests/setup/shift-clock.mjs, like `faketime -f +365d`). With the
 * ordinary run they make two dates a year apart; a test that reads today's date fails one of them.
 */
import { resolve } from 'node:path';
import { runVitest } from './run-vitest';

const DATE_DEPENDENT = [
  'lib/suggest',
  'lib/templates',
  'lib/history',
  'lib/packs',
  'lib/ticket',
  'lib/connectors',
  'components',
  'scripts/commands',
];
const SHIFT_DAYS = 365;

const preload = resolve('tests/setup/shift-clock.mjs');
const status = await runVitest(DATE_DEPENDENT, {
  ...process.env,
  DESKPILOT_CLOCK_SHIFT_DAYS: String(SHIFT_DAYS),
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim(),
});
if (status !== 0) console.error(`The date-dependent tests failed with the clock ${SHIFT_DAYS} days ahead.`);
process.exit(status);
