/**
 * Answers the panel's "Report a page read wrong": the page as a redacted snapshot and the ticket
 * Deskpilot read from it (with the agent's corrections), as the two files of a dated fixture. The
 * redaction key never leaves this page; only redacted text does.
 */
import type { GetSnapshotRequest, SnapshotResponse } from '@/lib/schemas/snapshot-messages';
import { buildFixtureExport } from '@/lib/sites/fixture-export';
import { createRedactor } from '@/lib/sites/redact-snapshot';
import type { SiteAdapter } from '@/lib/sites/types';

export function answerSnapshot(request: GetSnapshotRequest, adapter: SiteAdapter | null, document: Document, url: URL): SnapshotResponse {
  if (!adapter) return { ok: false, message: 'Deskpilot does not read this page, so there is nothing to report.' };
  try {
    const thread = adapter.readThread(document, url);
    if (!thread) return { ok: false, message: 'Deskpilot found no conversation on this page. Open the ticket and try again.' };
    const redactor = createRedactor();
    const files = buildFixtureExport({
      site: adapter.id,
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
    return { ok: false, message: 'The page could not be saved. Reload it and try again.' };
  }
}
