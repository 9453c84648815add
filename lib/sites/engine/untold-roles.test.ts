import { afterEach, describe, expect, it } from 'vitest';
import { etsy } from '@/lib/sites/etsy';
import { UNTOLD_ROLES_MOST_SURE } from '@/lib/sites/profile/read-with-profile';
import type { SiteProfile } from '@/lib/sites/profile/types';
import { countCpuTimeForBudget } from '@/lib/sites/testing/cpu-clock';
import { htmlPage, type FixturePage } from '@/lib/sites/testing/fixture-page';
import { readPage } from './read-page';
import { LOW_CONFIDENCE } from './read-page';

/**
 * A team's profile for an older build: its selectors still find the bubbles and their text, but the role
 * attribute and the sender line it reads are gone, so every bubble falls to `others: 'customer'` and none is named.
 */
const PROFILE: SiteProfile = {
  id: 'team.market-old-build',
  site: 'etsy',
  seen: '2026-12-06',
  selectors: { thread: '.chat', message: '.chat > .bubble', body: '.bubble__words', author: '.bubble__who-old' },
  roles: { customer: '[data-from="member"]', agent: '[data-from="shop"]', others: 'customer' },
};

const bubble = (side: 'incoming' | 'outgoing', who: string, time: string, words: string, from = '') =>
  `<div class="bubble bubble--${side}"${from}><div class="bubble__head"><span class="bubble__sender">${who}</span> <time datetime="${time}">${time.slice(0, 10)}</time></div><p class="bubble__words">${words}</p></div>`;
const page = (from: (side: 'incoming' | 'outgoing') => string = () => '') =>
  `<!doctype html><html lang="en"><body><main><h2>Linen apron, sage</h2><div class="chat">
  ${bubble('incoming', 'Mirela Popescu', '2026-12-01T09:00:00Z', 'Hello! Will the apron arrive before Christmas in Cluj?', from('incoming'))}
  ${bubble('outgoing', 'Flax &amp; Fern', '2026-12-01T09:01:00Z', 'Thanks for your message! We are away until 3 December.', from('outgoing'))}
  ${bubble('outgoing', 'Flax &amp; Fern', '2026-12-03T10:00:00Z', 'Back now: your apron ships today, about a week to Romania.', from('outgoing'))}
  ${bubble('incoming', 'Mirela Popescu', '2026-12-05T18:00:00Z', 'It came, thank you! The strap is shorter than shown though.', from('incoming'))}
</div></main></body></html>`;

let fixture: FixturePage | undefined;
countCpuTimeForBudget();
afterEach(async () => {
  await fixture?.window.happyDOM.close();
  fixture = undefined;
});

describe('a profile read whose every role is its default and that names no one', () => {
  it('is unsure, so the structural reader tells the customer from us', () => {
    fixture = htmlPage(page(), 'https://www.etsy.com/messages/5512');
    const profileOnly = readPage(fixture.document, fixture.url, { adapter: etsy, profiles: [PROFILE], only: 'profile' });
    // The premise: the profile finds the four bubbles, all the customer's, none named.
    expect(profileOnly?.messages.map((m) => [m.role, m.author.name])).toEqual(Array(4).fill(['customer', undefined]));
    expect(profileOnly?.confidence).toBeLessThanOrEqual(UNTOLD_ROLES_MOST_SURE);
    expect(profileOnly?.confidence).toBeLessThan(LOW_CONFIDENCE);

    const thread = readPage(fixture.document, fixture.url, { adapter: etsy, profiles: [PROFILE], only: undefined });
    expect(thread?.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(thread?.customer.name).toBe('Mirela Popescu');
  });

  it('stays sure when the page states the roles, even with every bubble by the customer', () => {
    fixture = htmlPage(
      page(() => ' data-from="member"'),
      'https://www.etsy.com/messages/5512',
    );
    const profileOnly = readPage(fixture.document, fixture.url, { adapter: etsy, profiles: [PROFILE], only: 'profile' });
    expect(profileOnly?.confidence).toBeGreaterThan(LOW_CONFIDENCE);
  });
});
