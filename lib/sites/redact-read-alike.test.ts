import { describe, expect, it } from 'vitest';
import type { Thread } from '@/lib/schemas/ticket';
import { readPage } from './engine/read-page';
import { ADAPTERS, type AdapterId } from './index';
import { createRedactor } from './redact-snapshot';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';
import { siteFixtures } from './testing/structural-fixtures';

/**
 * "Report a page read wrong" exports a redacted snapshot as a fixture: it is worth something only if
 * it reads like the page it was taken from. Every fixture page, redacted, is read by the engine (as
 * the extension reads it) and by the structural reader alone, and gives the same messages — as many,
 * with the same roles — as the page itself, misread pages included (a snapshot must reproduce the miss).
 */
const shape = (thread: Thread | null) => ({
  count: thread?.messages.length ?? 0,
  roles: thread?.messages.map((message) => message.role).join(',') ?? '',
});

/**
 * Pages whose snapshot reads differently, held to differing so a fix shows. Blind set 6 (2026-12-05)
 * brought the first, Outlook's Japanese pop-out window (its "差出人:" label was redacted away); it reads alike
 * since session 9 (the From labels are kept, redact-keep-words.json). Blind set 7 (2026-12-05) brought one:
 * its ebay.ca page was read as no conversation, its snapshot as two customer messages (first run, main at
 * 8f47ac1); it reads alike since session 10 (date lines and the name "eBay" on its own cards are kept).
 * Blind set 10's Salesforce-like case feed (open shadow roots) read as no conversation once redacted; it
 * reads alike since session 14 (the snapshot composes open roots in place, as the readers do).
 */
const READS_DIFFERENTLY: Record<string, string> = {
  // Blind set 15 (2026-12-06, first run, main 7917829): the page reads its unanswered callback record as an agent message
  // (a first-run miss), its snapshot as a customer's (customer,agent,customer,customer,customer).
  'generic/2026-12-06-blind15-dixa-like-azerbaijani-norwegian-ui-callback-then-chat.html':
    "the outbound call record reads as ours on the page, as the customer's once redacted",
};

describe('a redacted snapshot reads like its page', () => {
  for (const fixture of siteFixtures()) {
    if (fixture.expected.noConversation) continue;
    it(`${fixture.site}/${fixture.file}`, async () => {
      const page = fixture.load();
      const adapter = ADAPTERS[fixture.site as AdapterId];
      const engineBefore = shape(readPage(page.document, page.url, { adapter }));
      const structuralBefore = shape(readStructurally(page.document, page.url, { site: fixture.site }));
      const redacted = htmlPage(createRedactor(new Uint32Array([7, 11, 13, 17])).snapshot(page.document), fixture.expected.url);
      const after = {
        engine: shape(readPage(redacted.document, redacted.url, { adapter })),
        structural: shape(readStructurally(redacted.document, redacted.url, { site: fixture.site })),
      };
      if (READS_DIFFERENTLY[`${fixture.site}/${fixture.file}`])
        expect(after).not.toEqual({ engine: engineBefore, structural: structuralBefore });
      else expect(after).toEqual({ engine: engineBefore, structural: structuralBefore });
      await Promise.all([page.window.happyDOM.close(), redacted.window.happyDOM.close()]);
    });
  }
});
