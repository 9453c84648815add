/**
 * `deskpilot.usage/v1`: the JSON a Reports page exports and `report merge` reads and writes. One
 * agent's file, or many merged: the events are the same either way (each names its agent), so a
 * merged file merges again and opens on the Reports page like one agent's. No customer data: a
 * ticket is a hash (lib/reports/ticket-ref.ts). Documented in lib/reports/README.md.
 */
import { z } from 'zod';
import { UsageEventSchema, type UsageEvent } from '@/lib/reports/event-schema';
import type { TemplateRef } from '@/lib/reports/figures';
import { i18nIssue } from '@/lib/i18n/issue-text';

export const USAGE_EXPORT_FORMAT = 'deskpilot.usage/v1';

export const TemplateRefSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().max(300),
  packId: z.string().max(200).optional(),
});

export const UsageExportSchema = z
  .object({
    format: z.literal(USAGE_EXPORT_FORMAT),
    exportedAt: z.iso.datetime({ offset: true }),
    /** The range the file covers (agents' local days, both included). */
    fromDay: z.iso.date(),
    toDay: z.iso.date(),
    /** The template library when exported: titles, and the templates never used. */
    templates: z.array(TemplateRefSchema).max(100_000),
    events: z.array(UsageEventSchema).max(5_000_000),
  })
  .refine((file) => file.fromDay <= file.toDay, { ...i18nIssue('reports.issue.fromAfterTo'), path: ['toDay'] });
export type UsageExport = z.infer<typeof UsageExportSchema>;

export function buildExport(args: {
  events: readonly UsageEvent[];
  templates: readonly TemplateRef[];
  fromDay: string;
  toDay: string;
  now?: Date;
}): UsageExport {
  return UsageExportSchema.parse({
    format: USAGE_EXPORT_FORMAT,
    exportedAt: (args.now ?? new Date()).toISOString(),
    fromDay: args.fromDay,
    toDay: args.toDay,
    templates: args.templates.map(({ id, title, packId }) => ({ id, title, ...(packId ? { packId } : {}) })),
    events: [...args.events].sort(byTimeThenId),
  });
}

function byTimeThenId(a: UsageEvent, b: UsageEvent): number {
  return a.at.localeCompare(b.at) || a.id.localeCompare(b.id);
}

export interface MergeResult {
  merged: UsageExport;
  /** Events found in more than one file, written once. */
  duplicates: number;
  /** Ids whose events differ between files: the first file's event is kept. */
  conflicts: string[];
}

/**
 * Merges exports from several agents (or several exports of one): events deduplicated by id,
 * templates by id (first title kept), the range spanning all files. Order of files matters only
 * for conflicts; no clock is read, so the same files give the same bytes.
 */
export function mergeExports(files: readonly UsageExport[]): MergeResult {
  if (files.length === 0) throw new Error('mergeExports needs at least one file');
  const events = new Map<string, UsageEvent>();
  const templates = new Map<string, TemplateRef>();
  let duplicates = 0;
  const conflicts: string[] = [];
  for (const file of files) {
    for (const event of file.events) {
      const known = events.get(event.id);
      if (!known) events.set(event.id, event);
      else if (JSON.stringify(known) === JSON.stringify(event)) duplicates += 1;
      else conflicts.push(event.id);
    }
    for (const template of file.templates) if (!templates.has(template.id)) templates.set(template.id, template);
  }
  const merged: UsageExport = {
    format: USAGE_EXPORT_FORMAT,
    exportedAt: files
      .map((f) => f.exportedAt)
      .sort()
      .at(-1)!,
    fromDay: files.map((f) => f.fromDay).sort()[0]!,
    toDay: files
      .map((f) => f.toDay)
      .sort()
      .at(-1)!,
    templates: [...templates.values()].sort((a, b) => a.id.localeCompare(b.id)),
    events: [...events.values()].sort(byTimeThenId),
  };
  return { merged, duplicates, conflicts };
}
