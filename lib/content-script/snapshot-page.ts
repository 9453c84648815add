/**
 * The redacted snapshot of a page and the ticket Deskpilot read from it (with the agent's
 * corrections), as the two files of a dated fixture. Runs in the page-snapshot script the panel
 * injects (entrypoints/page-snapshot.ts), not in the content scripts. The redaction key never
 * leaves this page; only redacted text does.
 */
import type { GetSnapshotEnvelope, SnapshotResponse } from '@/lib/schemas/snapshot-messages';
import { GetSnapshotRequestSchema } from '@/lib/schemas/snapshot-request';
import type { SiteId, Thread } from '@/lib/schemas/ticket';
import { buildFixtureExport } from '@/lib/sites/fixture-export';
import { createRedactor } from '@/lib/sites/redact-snapshot';

export function snapshotPage(envelope: GetSnapshotEnvelope, site: SiteId, thread: Thread, document: Document): SnapshotResponse {
  // The content script checked only the request's type (its size budget): the rest is parsed here.
  const parsed = GetSnapshotRequestSchema.safeParse(envelope);
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  const request = parsed.data;
  try {
    const redactor = createRedactor();
    const files = buildFixtureExport({
      site,
      date: request.date,
      what: request.what,
      snapshotHtml: redactor.snapshot(document),
      readTicket: thread,
      ...(request.roles ? { corrected: { roles: request.roles } } : {}),
      redactText: redactor.text,
    });
    return {
      ok: true,
      files: [
        { path: files.page.path, contents: files.page.html },
        { path: files.expected.path, contents: files.expected.json },
      ],
    };
  } catch {
    return { ok: false, reason: 'not-saved' };
  }
}
