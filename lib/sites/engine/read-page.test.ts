import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PackSchema } from '@/lib/schemas/pack';
import { zendesk } from '@/lib/sites/zendesk';
import { gmail } from '@/lib/sites/gmail';
import { asFixturePage } from '@/lib/sites/fixture-pages';
import { fixturePage, type FixturePage } from '@/lib/sites/testing/fixture-page';
import { buildTicket } from '@/lib/ticket/build-ticket';
import type { SiteProfile } from '@/lib/sites/profile/types';
import { readPage } from './read-page';

const RENAMED = '2026-12-04-renamed-containers.html';
const ZENDESK_URL = 'https://northwind.zendesk.com/agent/tickets/4822';
const pack = PackSchema.parse(JSON.parse(readFileSync('tests/fixtures/packs/2026-12-04-zendesk-profile.pack.json', 'utf8')));
const profiles = pack.siteProfiles as SiteProfile[];

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

describe('readPage: site, then profile, then structural', () => {
  it('keeps the site reader on a layout it knows', () => {
    page = fixturePage('zendesk', '2026-11-24-busy-page.html', ZENDESK_URL);
    const thread = readPage(page.document, page.url, { adapter: zendesk, profiles });
    expect(thread).toMatchObject({ site: 'zendesk', reader: 'site', subject: 'Where is my order #1047?' });
  });

  it('falls back to the structural reader when the site selectors find no conversation', () => {
    page = fixturePage('zendesk', RENAMED, ZENDESK_URL);
    expect(zendesk.readThread(page.document, page.url)).toBeNull();
    const thread = readPage(page.document, page.url, { adapter: zendesk });
    expect(thread).toMatchObject({ site: 'zendesk', reader: 'structural' });
    expect(thread!.messages.length).toBeGreaterThanOrEqual(3);
    expect(thread!.messages.at(-1)!.text).toMatch(/€38\.40 in import duty/);
  });

  it('a site profile from a pack reads the page the adapter failed on, exactly', () => {
    page = fixturePage('zendesk', RENAMED, ZENDESK_URL);
    const thread = readPage(page.document, page.url, { adapter: zendesk, profiles });
    expect(thread).toMatchObject({ reader: 'profile', profileId: 'northwind.zendesk-timeline' });
    const ticket = buildTicket(thread!);
    expect(ticket.subject).toBe('Parcel stuck in customs – order #1061');
    expect(ticket.customer).toEqual({ name: 'Chloé Dubois', email: 'chloe.dubois@example.fr' });
    expect(ticket.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(ticket.messages.map((m) => m.sentAt?.slice(0, 10))).toEqual(['2026-12-01', '2026-12-01', '2026-12-01', '2026-12-03']);
    expect(ticket.latestCustomerMessage).toMatch(/^Hi Jonas, customs have now sent me a letter asking for €38\.40/);
    expect(ticket.entities.orderRefs).toContain('#1061');
    expect(ticket.source).toEqual({ adapter: 'zendesk', reader: 'profile', profileId: 'northwind.zendesk-timeline', confidence: thread!.confidence });
    expect(thread!.confidence).toBeGreaterThan(0.9);
  });

  it('ignores profiles for other sites, and reads with one reader when told to', () => {
    page = fixturePage('zendesk', RENAMED, ZENDESK_URL);
    expect(readPage(page.document, page.url, { adapter: gmail, profiles, only: 'profile' })).toBeNull();
    expect(readPage(page.document, page.url, { adapter: zendesk, profiles, only: 'site' })).toBeNull();
    expect(readPage(page.document, page.url, { adapter: zendesk, profiles, only: 'structural' })?.reader).toBe('structural');
  });

  it('a profile with a broken selector finds nothing and never throws', () => {
    page = fixturePage('zendesk', RENAMED, ZENDESK_URL);
    const broken: SiteProfile = { ...profiles[0]!, selectors: { ...profiles[0]!.selectors, thread: 'div[', message: ':::' } };
    expect(readPage(page.document, page.url, { adapter: zendesk, profiles: [broken], only: 'profile' })).toBeNull();
    expect(readPage(page.document, page.url, { adapter: zendesk, profiles: [broken] })?.reader).toBe('structural');
  });

  it('an adapter that throws still leaves the structural reader', () => {
    page = fixturePage('zendesk', RENAMED, ZENDESK_URL);
    const throwing = {
      ...asFixturePage(zendesk),
      readThread: () => {
        throw new Error('DOM changed');
      },
    };
    expect(readPage(page.document, page.url, { adapter: throwing })?.reader).toBe('structural');
  });
});
