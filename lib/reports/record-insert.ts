/**
 * The one path every insert takes once the reply is in the page (panel card, AI draft, keyboard
 * shortcut): the template's use count (ranking), the customer's support history, and the usage
 * event for Reports. Each is written on its own, so one failing loses none of the others, and none
 * of them can undo the insert. What the agent should know comes back as one message key.
 */
import { recordReplyInserted } from '@/lib/history/history';
import type { Intent, Template } from '@/lib/schemas/template';
import type { Ticket } from '@/lib/schemas/ticket';
import { recordUsage } from '@/lib/templates/repository';
import { TemplateStorageError } from '@/lib/templates/storage-error';
import { waitingSinceOf } from '@/lib/triage/from-ticket';
import type { MessageKey } from '@/lib/i18n/translator';
import type { InsertSource, ReplyInsertedEvent } from '@/lib/reports/event-schema';
import { currentIdentity } from '@/lib/reports/identity';
import { characterCount, ticketRefOf } from '@/lib/reports/ticket-ref';
import { localDay } from '@/lib/reports/days';
import { addInsertEvent } from '@/lib/reports/usage-store';

export interface InsertRecord {
  ticket: Ticket;
  intent?: Intent;
  source: InsertSource;
  /** For a template insert. */
  template?: Pick<Template, 'id' | 'title' | 'packId'>;
  /** What Deskpilot offered: the rendered template, or the AI draft as the model wrote it. */
  offered: string;
  /** What went into the page. */
  inserted: string;
  now?: Date;
}

/** The message key (lib/i18n) the panel shows when the storage is full: the reply is in, the record is not. */
export const STORAGE_FULL_AFTER_INSERT = 'reports.notRecorded' satisfies MessageKey;

/** Whitespace the page's editor may add or drop does not make a reply edited. */
function sameText(a: string, b: string): boolean {
  const normal = (text: string) => text.replace(/\s+/g, ' ').trim();
  return normal(a) === normal(b);
}

export async function buildInsertEvent(record: InsertRecord): Promise<ReplyInsertedEvent> {
  const now = record.now ?? new Date();
  const [identity, ticketRef] = await Promise.all([currentIdentity(), ticketRefOf(record.ticket)]);
  const waitingSince = waitingSinceOf(record.ticket);
  const replyMs = waitingSince ? now.getTime() - Date.parse(waitingSince) : undefined;
  const { template } = record;
  return {
    kind: 'reply_inserted',
    id: crypto.randomUUID(),
    at: now.toISOString(),
    day: localDay(now),
    ticket: ticketRef,
    site: record.ticket.site,
    ...(record.intent ? { intent: record.intent } : {}),
    ...identity,
    source: record.source,
    ...(template ? { templateId: template.id, templateTitle: template.title } : {}),
    ...(template?.packId ? { packId: template.packId } : {}),
    edited: !sameText(record.inserted, record.offered),
    characters: characterCount(record.inserted),
    ...(waitingSince ? { waitingSince } : {}),
    // A message dated after the insert (a clock off on the page) has no honest reply time.
    ...(replyMs !== undefined && replyMs >= 0 ? { replyMs } : {}),
  };
}

/** Resolves to null when everything was recorded, else the message key of what to show beside the insert. */
export async function recordInsert(record: InsertRecord): Promise<typeof STORAGE_FULL_AFTER_INSERT | null> {
  const edited = !sameText(record.inserted, record.offered);
  const historyReply = record.source === 'ai' ? 'ai-draft' : edited || !record.template ? 'edited' : record.template.id;
  const writes = [
    ...(record.template ? [recordUsage(record.template.id)] : []),
    recordReplyInserted(record.ticket, historyReply, record.now),
    buildInsertEvent(record).then(addInsertEvent),
  ];
  const failures = (await Promise.allSettled(writes)).flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
  for (const failure of failures) console.warn('Deskpilot: an insert was not fully recorded:', failure);
  const full = failures.some((failure) => failure instanceof TemplateStorageError && failure.kind === 'full');
  return full ? STORAGE_FULL_AFTER_INSERT : null;
}
