/**
 * The Queue: an inbox list's conversations triaged (lib/triage, the panel's and CLI's code) and
 * sorted by what to answer first — priority, then the longest wait, then the page's own order.
 * A row is read from what the list shows (subject and snippet), so its signals are the ones a
 * person scanning the list would see; the full thread may say more.
 */
import { mergeTriageSettings } from '@/lib/triage/defaults';
import { PRIORITIES, type TriageSettings } from '@/lib/triage/schema';
import { triage } from '@/lib/triage/triage';
import type { SiteId } from '@/lib/schemas/ticket';
import type { ListRow, QueueEntry } from '@/lib/queue/schema';

export function buildQueue(rows: ListRow[], site: SiteId, now: Date, settings: TriageSettings = mergeTriageSettings()): QueueEntry[] {
  const entries = rows.map((row, position) => {
    const verdict = triage(
      {
        text: row.snippet,
        subject: row.subject,
        channel: site,
        receivedAt: row.lastMessageAt ?? null,
        now: now.toISOString(),
        mentionsOrder: /#\d{3,}|\d{3}-\d{7}-\d{7}/.test(`${row.subject} ${row.snippet}`),
      },
      settings,
    );
    const entry: QueueEntry = {
      key: row.key,
      subject: row.subject,
      customer: { name: row.customer.name ?? null, email: row.customer.email ?? null },
      lastMessageAt: row.lastMessageAt ?? null,
      snippet: row.snippet,
      intent: verdict.intent,
      priority: verdict.priority,
      reasons: verdict.reasons,
      waitingHours: verdict.waitingHours,
    };
    return { entry, position };
  });
  const rank = (entry: QueueEntry) => PRIORITIES.indexOf(entry.priority);
  return entries
    .sort((a, b) => rank(a.entry) - rank(b.entry) || (b.entry.waitingHours ?? -1) - (a.entry.waitingHours ?? -1) || a.position - b.position)
    .map(({ entry }) => entry);
}
