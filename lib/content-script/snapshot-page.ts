/**
 * The redacted snapshot of a page and the ticket Deskpilot read from it (with the agent's
 * corrections), as the two files of a dated fixture. Runs in the page-snapshot script the panel
 * injects (entrypoints/page-snapshot.ts), not in the content scripts. The redaction key never
 * leaves this page; only redacted text does.
 */
import type { GetSnapshotRequest, SnapshotResponse } from '@/lib/schemas/snapshot-messages';
import type { SiteId, Thread } from '@/lib/schemas/ticket';
import { buildFixtureExport } from '@/lib/sites/fixture-export';
import { createRedactor } from '@/lib/sites/redact-snapshot';

export function snapshotPage(request: GetSnapshotRequest, site: SiteId, thread: Thread, document: Document): SnapshotResponse {
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
