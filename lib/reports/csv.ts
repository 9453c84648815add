/**
 * Usage events as CSV, one row per event, for a spreadsheet: the same events the page counts. Cells
 * that a spreadsheet would run as a formula (a template title starting with "=") are escaped.
 */
import Papa from 'papaparse';
import type { UsageEvent } from '@/lib/reports/event-schema';
import { agentLabel } from '@/lib/reports/figures';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'day',
  'at',
  'agent',
  'site',
  'intent',
  'source',
  'template_id',
  'template_title',
  'pack_id',
  'edited',
  'characters',
  'waiting_since',
  'time_to_reply_seconds',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number>;

function rowOf(event: UsageEvent): CsvRow {
  const insert = event.kind === 'reply_inserted' ? event : undefined;
  return {
    id: event.id,
    kind: event.kind,
    day: event.day,
    at: event.at,
    agent: agentLabel(event),
    site: event.site,
    intent: event.intent ?? '',
    source: insert?.source ?? '',
    template_id: insert?.templateId ?? '',
    template_title: insert?.templateTitle ?? '',
    pack_id: insert?.packId ?? '',
    edited: insert ? String(insert.edited) : '',
    characters: insert?.characters ?? '',
    waiting_since: insert?.waitingSince ?? '',
    time_to_reply_seconds: insert?.replyMs !== undefined ? Math.round(insert.replyMs / 1000) : '',
  };
}

export function usageEventsCsv(events: readonly UsageEvent[]): string {
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  return Papa.unparse(
    { fields: [...CSV_COLUMNS], data: sorted.map((event) => CSV_COLUMNS.map((column) => rowOf(event)[column])) },
    {
      escapeFormulae: true,
      newline: '\r\n',
    },
  );
}
