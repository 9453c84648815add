import { describe, expect, it } from 'vitest';
import { computeReport } from '@/lib/reports/figures';
import { percentile } from '@/lib/reports/percentile';
import { inserted, ref, seen } from '@/lib/reports/testing/events';

const HOUR = 3_600_000;
const BEN = { agent: '', installId: '7c9e6679-7425-40de-944b', site: 'zendesk' as const, intent: 'refund' as const };
const TEMPLATES = [
  { id: 'acme.wismo', title: 'Where is my order', packId: 'acme.support' },
  { id: 'acme.refund', title: 'Refund issued' },
  { id: 'acme.cancel', title: 'Order cancelled' },
];

/** A week of two agents, one ticket of each kind, and one event outside the range. */
const EVENTS = [
  seen('t1', '2026-11-23'),
  inserted('t1', '2026-11-23', { waitingSince: '2026-11-23T08:00:00.000Z', replyMs: 2 * HOUR }),
  seen('t1', '2026-11-24'),
  seen('t2', '2026-11-24'),
  inserted('t2', '2026-11-24', {
    source: 'ai',
    templateId: undefined,
    templateTitle: undefined,
    packId: undefined,
    edited: true,
    characters: 300,
    waitingSince: '2026-11-24T09:30:00.000Z',
    replyMs: HOUR / 2,
  }),
  seen('t3', '2026-11-24', { intent: undefined }),
  seen('t4', '2026-11-22', BEN),
  inserted('t4', '2026-11-22', {
    ...BEN,
    templateId: 'acme.refund',
    templateTitle: 'Refund (old title)',
    packId: undefined,
    edited: true,
    characters: 200,
    waitingSince: '2026-11-22T09:00:00.000Z',
    replyMs: HOUR,
  }),
  // A second insert for the same customer message: not a second reply time.
  inserted('t4', '2026-11-22', {
    ...BEN,
    at: '2026-11-22T12:00:00.000Z',
    templateId: 'acme.refund',
    packId: undefined,
    characters: 250,
    waitingSince: '2026-11-22T09:00:00.000Z',
    replyMs: 3 * HOUR,
  }),
  seen('t5', '2026-11-10'),
  inserted('t5', '2026-11-10', { templateId: 'acme.cancel' }),
];

const report = computeReport({ events: EVENTS, fromDay: '2026-11-18', toDay: '2026-11-24', templates: TEMPLATES, charsPerMinute: 200 });

describe('computeReport', () => {
  it('counts each ticket once in the range, by the source of its last insert; seen with no insert is from scratch', () => {
    expect(report.tickets).toBe(4);
    expect(report.ticketsBySource).toEqual({ template: 2, ai: 1, fromScratch: 1 });
    expect(report.inserts).toBe(4);
    expect(report.insertsBySource).toEqual({ template: 3, ai: 1 });
  });

  it('edited before insert: 2 of 4 inserts', () => {
    expect(report.edited).toBe(2);
    expect(report.editedRate).toBe(0.5);
  });

  it('time to reply: first insert per customer message, median and p90 by linear interpolation', () => {
    // 30 min, 1 h, 2 h (t4's later insert at 3 h is not a reply time).
    expect(report.timeToReply).toEqual({ measured: 3, medianMs: HOUR, p90Ms: HOUR + 0.8 * HOUR });
  });

  it('time saved is the characters inserted at the typing speed', () => {
    expect(report.characters).toBe(400 + 300 + 200 + 250);
    expect(report.minutesSaved).toBe(1150 / 200);
  });

  it('per template (library titles win over the recorded one), per intent, per site, per agent', () => {
    expect(report.perTemplate).toEqual([
      { key: 'acme.refund', label: 'Refund issued', tickets: 1, inserts: 2, edited: 1 },
      { key: 'acme.wismo', label: 'Where is my order', tickets: 1, inserts: 1, edited: 0 },
    ]);
    expect(report.perIntent.map((r) => [r.key, r.tickets, r.inserts])).toEqual([
      ['where_is_my_order', 2, 2],
      ['refund', 1, 2],
      ['unknown', 1, 0],
    ]);
    expect(report.perSite.map((r) => [r.key, r.tickets, r.inserts])).toEqual([
      ['gmail', 3, 2],
      ['zendesk', 1, 2],
    ]);
    expect(report.perAgent.map((r) => [r.label, r.tickets, r.inserts, r.edited])).toEqual([
      ['Ana', 3, 2, 1],
      ['Unnamed agent (browser 7c9e6679)', 1, 2, 1],
    ]);
  });

  it('lists the templates not used in the range (used before it still counts as not used)', () => {
    expect(report.neverUsed).toEqual([{ id: 'acme.cancel', title: 'Order cancelled' }]);
  });

  it('has a row for every day of the range, zeros included', () => {
    expect(report.perDay).toEqual([
      { day: '2026-11-18', tickets: 0, inserts: 0 },
      { day: '2026-11-19', tickets: 0, inserts: 0 },
      { day: '2026-11-20', tickets: 0, inserts: 0 },
      { day: '2026-11-21', tickets: 0, inserts: 0 },
      { day: '2026-11-22', tickets: 1, inserts: 2 },
      { day: '2026-11-23', tickets: 1, inserts: 1 },
      { day: '2026-11-24', tickets: 3, inserts: 1 },
    ]);
  });

  it('an empty range has no rates to divide by zero', () => {
    const empty = computeReport({ events: [], fromDay: '2026-11-24', toDay: '2026-11-24', templates: TEMPLATES, charsPerMinute: 200 });
    expect(empty).toMatchObject({ tickets: 0, inserts: 0, editedRate: null, minutesSaved: 0 });
    expect(empty.timeToReply).toEqual({ measured: 0, medianMs: null, p90Ms: null });
    expect(empty.neverUsed).toHaveLength(3);
  });

  it('two agents seeing one ticket: one ticket for the team, one for each agent', () => {
    const both = computeReport({
      events: [seen('shared', '2026-11-24'), seen('shared', '2026-11-24', { agent: 'Ben', installId: 'browser-ben' })],
      fromDay: '2026-11-24',
      toDay: '2026-11-24',
      templates: [],
      charsPerMinute: 200,
    });
    expect(both.tickets).toBe(1);
    expect(both.perAgent.map((r) => [r.label, r.tickets])).toEqual([
      ['Ana', 1],
      ['Ben', 1],
    ]);
    expect(ref('shared')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('percentile', () => {
  it('interpolates between the closest ranks', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([5], 0.9)).toBe(5);
    expect(percentile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1);
  });
});
