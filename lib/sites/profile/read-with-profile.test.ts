import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PackSchema } from '@/lib/schemas/pack';
import { ThreadSchema } from '@/lib/schemas/ticket';
import { fixturePage, htmlPage, type FixturePage } from '@/lib/sites/testing/fixture-page';
import { buildTicket } from '@/lib/ticket/build-ticket';
import { CUT_READ_MOST_SURE, readWithProfile } from './read-with-profile';
import type { SiteProfile } from './types';

/** A read the page-read budget stops says so, and is not as sure as the whole read (issue 10). */
const URL_ = new URL('https://www.ebay.com/mesh/messages?conversationId=c-88310022');
const pack = PackSchema.parse(JSON.parse(readFileSync('tests/fixtures/packs/2026-12-04-ebay-profile.pack.json', 'utf8')));
const profile = (pack.siteProfiles as SiteProfile[])[0]!;
// Below zero, every look at the clock is past the budget: the read stops after its first (newest) message.
const SPENT = -1;

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

function readBoth() {
  page = fixturePage('ebay', '2026-12-04-newer-message-page.html', URL_.href);
  const whole = readWithProfile(page.document, page.url, profile, Number.POSITIVE_INFINITY)!;
  const cut = readWithProfile(page.document, page.url, profile, SPENT)!;
  return { whole, cut };
}

describe('a profile read stopped by the page-read budget', () => {
  it('says after how many messages it stopped, and counts the rest as earlier', () => {
    const { whole, cut } = readBoth();
    expect(whole.messages).toHaveLength(3);
    expect(whole.stoppedAfter).toBeUndefined();
    expect(cut.stoppedAfter).toBe(1);
    expect(cut.earlierMessages).toBe(2);
    // The newest message is the one kept: the one the agent answers.
    expect(cut.messages[0]!.text).toBe(whole.messages.at(-1)!.text);
  });

  it('is less sure than the whole read, and never above the cut ceiling', () => {
    const { whole, cut } = readBoth();
    expect(whole.confidence).toBeGreaterThan(CUT_READ_MOST_SURE);
    expect(cut.confidence).toBeLessThanOrEqual(CUT_READ_MOST_SURE);
    expect(Math.round(cut.confidence * 100)).toBeLessThan(Math.round(whole.confidence * 100));
  });

  it('carries the stop through the schemas into the ticket’s source', () => {
    const { cut } = readBoth();
    const thread = ThreadSchema.parse(cut);
    expect(thread.stoppedAfter).toBe(1);
    expect(buildTicket(thread).source).toMatchObject({ reader: 'profile', stoppedAfter: 1, confidence: cut.confidence });
    expect(buildTicket({ ...thread, stoppedAfter: undefined }).source).not.toHaveProperty('stoppedAfter');
  });
});

describe("a profile's subject line with a chip beside the subject", () => {
  it('is read as the part whose tooltip repeats it in full, without the chip', () => {
    const subjectProfile: SiteProfile = {
      id: 'team.mail-reading-pane',
      site: 'outlook',
      seen: '2026-12-06',
      selectors: { thread: '.pane', message: '.pane .mail', body: '.mail-body', subject: '.pane [role="heading"]' },
    };
    page = htmlPage(
      '<!doctype html><body><div class="pane"><div role="heading" aria-level="2"><span title="Zwrot: zła rozmiarówka">Zwrot: zła rozmiarówka</span><span title="Kategoria">Hurt</span></div><div class="mail"><div class="mail-body">Dzień dobry, kurtka jest za mała.</div></div></div></body>',
      'https://outlook.office.com/mail/inbox/id/7',
    );
    expect(readWithProfile(page.document, page.url, subjectProfile, Number.POSITIVE_INFINITY)?.subject).toBe('Zwrot: zła rozmiarówka');
  });
});

describe("a profile's subject", () => {
  it('is the part of the subject element its tooltip repeats, not a chip beside it', async () => {
    const { htmlPage } = await import('@/lib/sites/testing/fixture-page');
    page = htmlPage(
      '<!doctype html><html><body><main class="case"><h2 class="case-title"><span title="Pacco perso a Torino">Pacco perso a Torino</span><span class="chip" title="Categoria">Urgente</span></h2><div class="note"><b class="who">Giulia</b><p>Il pacco non è arrivato.</p></div></main></body></html>',
      'https://desk.example/case/9',
    );
    const chips: SiteProfile = {
      id: 'test.chips',
      site: 'generic',
      seen: '2026-12-06',
      label: 'a case page with chips in its title',
      selectors: { thread: 'main.case', message: '.note', body: 'p', author: '.who', subject: '.case-title' },
    } as SiteProfile;
    expect(readWithProfile(page.document, page.url, chips, Number.POSITIVE_INFINITY)!.subject).toBe('Pacco perso a Torino');
  });
});
