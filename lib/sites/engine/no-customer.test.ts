import { afterEach, describe, expect, it } from 'vitest';
import { gorgias } from '@/lib/sites/gorgias';
import type { SiteProfile } from '@/lib/sites/profile/types';
import { countCpuTimeForBudget } from '@/lib/sites/testing/cpu-clock';
import { htmlPage, type FixturePage } from '@/lib/sites/testing/fixture-page';
import { buildTicket } from '@/lib/ticket/build-ticket';
import { hasNoCustomer } from './no-customer';
import { readPage } from './read-page';

/**
 * A team's profile whose selectors still find the messages and their senders, but whose role rule
 * looks for an attribute this build no longer writes: every message falls to `others: 'agent'`.
 */
const PROFILE: SiteProfile = {
  id: 'team.helpdesk-old-build',
  site: 'gorgias',
  seen: '2026-12-05',
  selectors: { thread: '.conv', message: '.conv > .msg', body: '.text', author: '.author-name' },
  roles: { customer: '[data-direction="inbound"]', others: 'agent' },
};

const PAGE = `<!doctype html><html lang="en"><body>
<div class="conv">
  <div class="msg msg--incoming"><span class="author-name">Ana Ruiz</span> <time datetime="2026-11-20T09:00:00Z">Nov 20</time>
    <div class="text">Hello, my lamp arrived with a cracked shade. Can you send a new one?</div></div>
  <div class="msg msg--outgoing"><span class="author-name">Tom Becker</span> <time datetime="2026-11-20T11:00:00Z">Nov 20</time>
    <div class="text">Sorry to hear that, Ana. Could you send a photo of the shade?</div></div>
  <div class="msg msg--incoming"><span class="author-name">Ana Ruiz</span> <time datetime="2026-11-21T08:30:00Z">Nov 21</time>
    <div class="text">Here is the photo. The crack runs along the whole rim.</div></div>
</div></body></html>`;

let page: FixturePage | undefined;
// The profile reads run within the page-read budget: a slow read is cut, a descheduled one is not.
countCpuTimeForBudget();
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

describe('a profile whose role rule finds no customer', () => {
  it('is read with the structural roles, and says so', () => {
    page = htmlPage(PAGE, 'https://shop.gorgias.com/app/ticket/77');
    const profileOnly = readPage(page.document, page.url, { adapter: gorgias, profiles: [PROFILE], only: 'profile' });
    // The premise: the profile finds every message, all of them ours.
    expect(profileOnly?.messages.map((m) => m.role)).toEqual(['agent', 'agent', 'agent']);
    expect(hasNoCustomer(profileOnly!)).toBe(true);

    const thread = readPage(page.document, page.url, { adapter: gorgias, profiles: [PROFILE] });
    expect(thread?.reader).toBe('structural');
    expect(thread?.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    const ticket = buildTicket(thread!);
    expect(ticket.source.reader).toBe('structural');
    expect(ticket.customer.name).toBe('Ana Ruiz');
    expect(ticket.latestCustomerMessage).toMatch(/^Here is the photo/);
  });

  it('keeps the profile when its role rule does find the customer', () => {
    page = htmlPage(PAGE.replaceAll('msg--incoming"', 'msg--incoming" data-direction="inbound"'), 'https://shop.gorgias.com/app/ticket/77');
    const thread = readPage(page.document, page.url, { adapter: gorgias, profiles: [PROFILE] });
    expect(thread?.reader).toBe('profile');
    expect(thread?.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it('is not asked about one author writing alone (an agent’s own follow-ups)', () => {
    const message = { author: { name: 'Tom Becker' }, role: 'agent' as const, text: 'Following up.' };
    const thread = { site: 'gorgias' as const, url: 'https://x.example/', subject: '', customer: {}, confidence: 0.9 };
    expect(hasNoCustomer({ ...thread, messages: [message, message] })).toBe(false);
    expect(hasNoCustomer({ ...thread, messages: [message, { ...message, author: { name: 'Lea Kim' } }] })).toBe(true);
    expect(hasNoCustomer({ ...thread, messages: [message, { ...message, role: 'customer' }] })).toBe(false);
    expect(hasNoCustomer({ ...thread, messages: [message] })).toBe(false);
  });

  it('counts every author who shows neither address nor name as another author: two of them may be the customer and us', () => {
    const unknown = { author: {}, role: 'agent' as const, text: 'Thanks for your message.' };
    const thread = { site: 'gorgias' as const, url: 'https://x.example/', subject: '', customer: {}, confidence: 0.9 };
    expect(hasNoCustomer({ ...thread, messages: [unknown, { ...unknown, author: {} }] })).toBe(true);
    expect(hasNoCustomer({ ...thread, messages: [unknown, unknown] })).toBe(true);
    expect(hasNoCustomer({ ...thread, messages: [{ ...unknown, author: { name: 'Tom Becker' } }, unknown] })).toBe(true);
    expect(hasNoCustomer({ ...thread, messages: [unknown] })).toBe(false);
  });
});
