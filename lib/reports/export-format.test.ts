import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, usageEventsCsv } from '@/lib/reports/csv';
import { buildExport, mergeExports, UsageExportSchema } from '@/lib/reports/export-format';
import { inserted, seen } from '@/lib/reports/testing/events';

const NOW = new Date('2026-11-24T12:00:00Z');
const ben = { agent: 'Ben', installId: 'browser-ben', site: 'zendesk' as const };

const anaEvents = [seen('t1', '2026-11-23'), inserted('t1', '2026-11-23', { replyMs: 60_000, waitingSince: '2026-11-23T09:59:00.000Z' })];
const benEvents = [
  seen('t9', '2026-11-24', ben),
  inserted('t9', '2026-11-24', { ...ben, templateId: 'acme.refund', templateTitle: 'Refund' }),
];
const ana = buildExport({
  events: anaEvents,
  templates: [{ id: 'acme.wismo', title: 'Where is my order' }],
  fromDay: '2026-11-18',
  toDay: '2026-11-23',
  now: NOW,
});
const benFile = buildExport({
  events: benEvents,
  templates: [
    { id: 'acme.wismo', title: 'WISMO (renamed)' },
    { id: 'acme.refund', title: 'Refund' },
  ],
  fromDay: '2026-11-20',
  toDay: '2026-11-24',
  now: new Date('2026-11-24T13:00:00Z'),
});

describe('deskpilot.usage/v1 export', () => {
  it('is valid against its own schema and sorted by time', () => {
    expect(UsageExportSchema.parse(ana)).toEqual(ana);
    expect(ana.format).toBe('deskpilot.usage/v1');
    expect(ana.events.map((e) => e.kind)).toEqual(['ticket_seen', 'reply_inserted']);
  });

  it('refuses a range that ends before it starts, naming the field', () => {
    const result = UsageExportSchema.safeParse({ ...ana, toDay: '2026-11-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['toDay']);
  });
});

describe('mergeExports', () => {
  it('merges different agents: every event once, templates by id, the range spanning both, the latest export time', () => {
    const { merged, duplicates, conflicts } = mergeExports([ana, benFile]);
    expect(merged.events).toHaveLength(4);
    expect(new Set(merged.events.map((e) => e.agent))).toEqual(new Set(['Ana', 'Ben']));
    expect(merged.templates).toEqual([
      { id: 'acme.refund', title: 'Refund' },
      { id: 'acme.wismo', title: 'Where is my order' },
    ]);
    expect([merged.fromDay, merged.toDay, merged.exportedAt]).toEqual(['2026-11-18', '2026-11-24', '2026-11-24T13:00:00.000Z']);
    expect([duplicates, conflicts]).toEqual([0, []]);
    expect(UsageExportSchema.safeParse(merged).success).toBe(true);
  });

  it('deduplicates by event id: the same export twice, or a merged file merged again, changes nothing', () => {
    const once = mergeExports([ana, benFile]).merged;
    const again = mergeExports([once, ana, benFile]);
    expect(again.merged).toEqual(once);
    expect(again.duplicates).toBe(4);
  });

  it('keeps the first file’s event when two files disagree about one id, and says which id', () => {
    const changed = { ...benFile, events: [{ ...anaEvents[1]!, characters: 9 }] };
    const { merged, conflicts } = mergeExports([ana, changed]);
    expect(conflicts).toEqual([anaEvents[1]!.id]);
    expect(merged.events.find((e) => e.id === anaEvents[1]!.id)).toEqual(anaEvents[1]);
  });
});

describe('usageEventsCsv', () => {
  it('has one row per event with the documented columns, readable back by a CSV parser', () => {
    const csv = usageEventsCsv([...benEvents, ...anaEvents]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data.map((row) => [row.day, row.kind, row.agent, row.template_id, row.edited, row.time_to_reply_seconds])).toEqual([
      ['2026-11-23', 'ticket_seen', 'Ana', '', '', ''],
      ['2026-11-23', 'reply_inserted', 'Ana', 'acme.wismo', 'false', '60'],
      ['2026-11-24', 'ticket_seen', 'Ben', '', '', ''],
      ['2026-11-24', 'reply_inserted', 'Ben', 'acme.refund', 'false', ''],
    ]);
  });

  it('escapes a title a spreadsheet would run as a formula', () => {
    const csv = usageEventsCsv([inserted('t1', '2026-11-24', { templateTitle: '=HYPERLINK("https://evil.example","x")' })]);
    const [row] = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(row?.template_title).toBe('\'=HYPERLINK("https://evil.example","x")');
  });
});
