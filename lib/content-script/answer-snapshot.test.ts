import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GetSnapshotRequestSchema } from '@/lib/schemas/snapshot-messages';
import { SnapshotResponseSchema } from '@/lib/schemas/snapshot-response';
import { fixturePage } from '@/lib/sites/testing/fixture-page';
import { zendesk } from '@/lib/sites/zendesk';
import { answerSnapshot } from './answer-snapshot';
import { installSnapshotter } from './snapshot-hook';
import { snapshotPage } from './snapshot-page';

const URL_ = 'https://northwind.zendesk.com/agent/tickets/4821';

describe('answerSnapshot', () => {
  // The panel injects the page-snapshot script (entrypoints/page-snapshot.ts) before asking.
  beforeEach(() => installSnapshotter(snapshotPage));
  afterEach(() => installSnapshotter(undefined));

  it('answers with the redacted page and its expected ticket, corrected by the agent, as a dated fixture', () => {
    const page = fixturePage('zendesk', '2026-11-24-busy-page.html', URL_);
    const request = GetSnapshotRequestSchema.parse({
      type: 'getSnapshot',
      what: 'Busy page',
      date: '2026-12-04',
      roles: ['customer', 'agent', 'customer', 'customer'],
    });
    const answer = SnapshotResponseSchema.parse(answerSnapshot(request, zendesk, page.document, page.url));
    if (!answer.ok) throw new Error(answer.reason);
    expect(answer.files.map((file) => file.path)).toEqual([
      'tests/fixtures/sites/zendesk/2026-12-04-busy-page.html',
      'tests/fixtures/sites/zendesk/2026-12-04-busy-page.expected.json',
    ]);
    const [html, json] = answer.files.map((file) => file.contents);
    for (const secret of ['Emma Schneider', 'emma.schneider@example.com', '1047', 'Merino Wool Throw', 'send a replacement']) {
      expect(html).not.toContain(secret);
      expect(json).not.toContain(secret);
    }
    expect(JSON.parse(json!).roles).toEqual(['customer', 'agent', 'customer', 'customer']);
    expect(JSON.parse(json!).readBy.correctedByAgent).toBe(true);
  });

  it('says why when there is nothing to report', () => {
    const page = fixturePage('zendesk', '2026-11-24-busy-page.html', URL_);
    const request = GetSnapshotRequestSchema.parse({ type: 'getSnapshot', what: 'x', date: '2026-12-04' });
    expect(answerSnapshot(request, null, page.document, page.url)).toEqual({
      ok: false,
      reason: 'unknown-page',
    });
    page.document.querySelectorAll('article').forEach((article) => article.remove());
    expect(answerSnapshot(request, zendesk, page.document, page.url)).toEqual({
      ok: false,
      reason: 'no-conversation',
    });
    expect(GetSnapshotRequestSchema.safeParse({ type: 'getSnapshot', what: 'x', date: '4 Dec 2026' }).success).toBe(false);
  });

  it('says so when the snapshot script was not injected, and never snapshots without it', () => {
    installSnapshotter(undefined);
    const page = fixturePage('zendesk', '2026-11-24-busy-page.html', URL_);
    const request = GetSnapshotRequestSchema.parse({ type: 'getSnapshot', what: 'x', date: '2026-12-04' });
    expect(answerSnapshot(request, zendesk, page.document, page.url)).toEqual({
      ok: false,
      reason: 'not-saved',
    });
  });
});
