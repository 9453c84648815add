import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PackSchema } from '@/lib/schemas/pack';
import { SiteProfileSchema } from '@/lib/schemas/site-profile';
import { amazonSellerCentral } from '@/lib/sites/amazon-seller-central';
import { ebay } from '@/lib/sites/ebay';
import { readPage } from '@/lib/sites/engine/read-page';
import { AMAZON_SELLER_CENTRAL_PROFILE } from '@/lib/sites/profiles/amazon-seller-central';
import { fixturePage, htmlPage, type FixturePage } from '@/lib/sites/testing/fixture-page';
import { buildTicket } from '@/lib/ticket/build-ticket';
import { readWithProfile } from './read-with-profile';
import type { SiteProfile } from './types';
import { countCpuTimeForBudget } from '@/lib/sites/testing/cpu-clock';

/**
 * What marketplaces need beyond selectors, as profile data: sender labels that are role words
 * ("You", "From: Buyer", "Amazon"), the customer's user ID beside their name, the thread id in
 * the URL's query, and the order from the order card carried into the subject.
 */
const NEWER_EBAY_URL = 'https://www.ebay.com/mesh/messages?conversationId=c-88310022';
const pack = PackSchema.parse(JSON.parse(readFileSync('tests/fixtures/packs/2026-12-04-ebay-profile.pack.json', 'utf8')));
const ebayProfiles = pack.siteProfiles as SiteProfile[];

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

// Profile reads run within the page-read budget: a slow read is cut, a descheduled one is not.
countCpuTimeForBudget();

describe("a team's site profile for a marketplace", () => {
  it("reads eBay's newer message page, from a pack, with the order in the subject", () => {
    page = fixturePage('ebay', '2026-12-04-newer-message-page.html', NEWER_EBAY_URL);
    expect(ebay.readThread(page.document, page.url)).toBeNull();
    const thread = readPage(page.document, page.url, { adapter: ebay, profiles: ebayProfiles });
    expect(thread).toMatchObject({ reader: 'profile', profileId: 'northwind.ebay-mesh-messages', threadId: 'c-88310022' });
    const ticket = buildTicket(thread!);
    expect(ticket.subject).toBe('seoyeon_kim88 (Order: 14-12220-77410)');
    expect(ticket.customer).toEqual({ name: 'seoyeon_kim88' });
    expect(ticket.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(ticket.entities.orderRefs).toContain('14-12220-77410');
    expect(ticket.latestCustomerMessage).toMatch(/^감사합니다! One more question/);
  });

  it('reads role words in sender labels where the built-in Seller Central profile reads them wrong, and wins', () => {
    page = fixturePage(
      'amazon-seller-central',
      '2026-11-24-buyer-waiting.html',
      'https://sellercentral.amazon.com/messaging/inbox?t=A2L8R5XKQ1V7ZT',
    );
    // A build that labels senders by role and no longer marks them in attributes or classes.
    for (const message of Array.from(page.document.querySelectorAll('[data-sender-role]'))) {
      message.querySelector('[data-test-id="message-sender"]')!.textContent = `From: ${message.getAttribute('data-sender-role')}`;
      message.removeAttribute('data-sender-role');
      message.className = 'message-item';
    }
    const builtIn = amazonSellerCentral.readThread(page.document, page.url)!;
    expect(builtIn.messages.map((m) => m.role)).not.toEqual(['customer', 'agent', 'customer']);
    const team: SiteProfile = {
      ...AMAZON_SELLER_CENTRAL_PROFILE,
      id: 'northwind.amazon-labels',
      roles: {
        labels: [
          { pattern: '^from:\\s*buyer$', role: 'customer' },
          { pattern: '^from:\\s*seller$', role: 'agent' },
          { pattern: '^from:\\s*amazon$', role: 'skip' },
        ],
      },
    };
    expect(SiteProfileSchema.parse(team)).toEqual(team);
    const thread = readPage(page.document, page.url, { adapter: amazonSellerCentral, profiles: [team] })!;
    expect(thread).toMatchObject({ reader: 'profile', profileId: 'northwind.amazon-labels', threadId: 'A2L8R5XKQ1V7ZT' });
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    // A role word is not a name: the buyer's messages take the header's buyer, the seller's keep none.
    expect(thread.messages.map((m) => m.author)).toEqual([
      { name: 'Sophie Martin', email: '8k2mzq7xl4vb1rd@marketplace.amazon.com' },
      {},
      { name: 'Sophie Martin', email: '8k2mzq7xl4vb1rd@marketplace.amazon.com' },
    ]);
    expect(thread.messages.map((m) => m.text).join('\n')).not.toContain('delivered to the buyer');
  });

  it("takes a message signed with the customer's user ID as theirs, and another name as ours", () => {
    const html = `<main><section class="c"><h2 class="name">Harper Nguyen</h2><span class="user">@harpern</span>
      <div class="m"><b class="who">harpern</b><p>Is the towel set in stock?</p></div>
      <div class="m"><b class="who">Lena (shop)</b><p>Yes it is.</p></div>
      <div class="m"><b class="who">HarperN</b><p>Great, ordered.</p></div></section></main>`;
    page = htmlPage(html, 'https://www.etsy.com/messages/1');
    const profile: SiteProfile = {
      id: 'test.alias',
      site: 'etsy',
      seen: '2026-12-04',
      selectors: { thread: 'section.c', message: '.m', body: 'p', author: '.who', customerName: '.name', customerAlias: '.user' },
      customerAuthor: 'card',
      untitled: ['Etsy conversation with {customer}'],
    };
    const thread = readWithProfile(page.document, page.url, profile)!;
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.messages[0]!.author).toEqual({ name: 'Harper Nguyen' });
    expect(thread.subject).toBe('Etsy conversation with Harper Nguyen');
  });

  it('refuses a label rule or an order rule the engine could not use, naming the field', () => {
    const base = ebayProfiles[0]!;
    const badLabel = SiteProfileSchema.safeParse({ ...base, roles: { labels: [{ pattern: '(you', role: 'agent' }] } });
    expect(badLabel.success).toBe(false);
    expect(badLabel.error!.issues[0]!.path).toEqual(['roles', 'labels', 0, 'pattern']);
    const noPlaceholder = SiteProfileSchema.safeParse({ ...base, orderInSubject: { pattern: '\\d+', subject: '{subject}' } });
    expect(noPlaceholder.error!.issues[0]!.path).toEqual(['orderInSubject', 'subject']);
    expect(SiteProfileSchema.safeParse({ ...base, threadAttribute: 'data-id"]' }).success).toBe(false);
  });
});
