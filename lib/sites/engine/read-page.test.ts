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
import { countCpuTimeForBudget } from '@/lib/sites/testing/cpu-clock';

const RENAMED = '2026-12-04-renamed-containers.html';
const ZENDESK_URL = 'https://northwind.zendesk.com/agent/tickets/4822';
const pack = PackSchema.parse(JSON.parse(readFileSync('tests/fixtures/packs/2026-12-04-zendesk-profile.pack.json', 'utf8')));
const profiles = pack.siteProfiles as SiteProfile[];

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

// Profile reads run within the page-read budget: a slow read is cut, a descheduled one is not.
countCpuTimeForBudget();

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
    expect(ticket.source).toEqual({
      adapter: 'zendesk',
      reader: 'profile',
      profileId: 'northwind.zendesk-timeline',
      confidence: thread!.confidence,
    });
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

describe('one cap for every reader', () => {
  const entries = (count: number) =>
    Array.from(
      { length: count },
      (_, i) =>
        `<article class="message${i % 2 ? ' message--agent' : ''}"><span class="author">${i % 2 ? 'Sam' : 'Ana'}</span> <time datetime="${new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString()}">at</time><div class="body"><p>Message ${i + 1} about order #1050.</p></div></article>`,
    ).join('');
  const profile: SiteProfile = {
    id: 'team.cap',
    site: 'zendesk',
    seen: '2026-12-04',
    selectors: { thread: '#log', message: '.message', body: '.body', author: '.author' },
    roles: { agent: '.message--agent' },
  };

  it('keeps the newest 200 messages and counts the older ones, for a profile, and never more than 200 for the structural reader', async () => {
    const { htmlPage } = await import('@/lib/sites/testing/fixture-page');
    page = htmlPage(
      `<!doctype html><title>Order 1050</title><main><h1>Order 1050</h1><div id="log">${entries(450)}</div></main>`,
      ZENDESK_URL,
    );
    const profiled = readPage(page.document, page.url, {
      adapter: zendesk,
      profiles: [profile],
      only: 'profile',
      profileBudgetMs: Infinity,
    })!;
    expect(profiled.messages).toHaveLength(200);
    expect(profiled.earlierMessages).toBe(250);
    expect(profiled.messages[0]!.text).toBe('Message 251 about order #1050.');
    expect(profiled.messages.at(-1)!.text).toBe('Message 450 about order #1050.');
    const structural = readPage(page.document, page.url, { adapter: zendesk, only: 'structural' });
    expect(structural?.messages.length).toBeLessThanOrEqual(200);
    expect(structural?.messages.at(-1)?.text).toBe('Message 450 about order #1050.');
    // TODO(2026-12-04): the structural reader keeps its own 50-block limit without counting what it
    // drops; once lib/sites/structural.ts reports earlierMessages, assert messages + earlier = 450.
    expect(buildTicket(profiled).earlierMessages).toBe(250);
    // Out of time: the newest message is kept, the rest counted, and the read says it is unsure.
    const rushed = readPage(page.document, page.url, { adapter: zendesk, profiles: [profile], only: 'profile', profileBudgetMs: -1 })!;
    expect(rushed.messages.map((m) => m.text)).toEqual(['Message 450 about order #1050.']);
    expect(rushed.earlierMessages).toBe(449);
    expect(rushed.confidence).toBeLessThan(profiled.confidence);
  });

  it('reads a newest-first layout oldest first', async () => {
    const { htmlPage } = await import('@/lib/sites/testing/fixture-page');
    page = htmlPage(`<div id="log">${entries(3)}</div>`, ZENDESK_URL);
    const thread = readPage(page.document, page.url, {
      adapter: zendesk,
      profiles: [{ ...profile, order: 'newest-first' }],
      only: 'profile',
    })!;
    expect(thread.messages.map((m) => m.text)).toEqual([
      'Message 3 about order #1050.',
      'Message 2 about order #1050.',
      'Message 1 about order #1050.',
    ]);
  });
});

describe('the structural reader hears what the site knows', () => {
  it('passes the site, its containers and the signed-in agent', async () => {
    const structural = await import('@/lib/sites/structural');
    const { vi } = await import('vitest');
    const spy = vi.spyOn(structural, 'readStructurally').mockReturnValue(null);
    page = fixturePage('zendesk', RENAMED, ZENDESK_URL);
    readPage(page.document, page.url, { adapter: zendesk });
    expect(spy).toHaveBeenCalledWith(
      page.document,
      page.url,
      expect.objectContaining({ site: 'zendesk', containerSelectors: expect.arrayContaining(['[data-test-id="omni-log-container"]']) }),
    );
    spy.mockRestore();
  });
});
