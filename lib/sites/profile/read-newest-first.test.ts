import { afterEach, describe, expect, it } from 'vitest';
import { type FixturePage, htmlPage } from '@/lib/sites/testing/fixture-page';
import { readWithProfile } from './read-with-profile';
import type { SiteProfile } from './types';

/** A team's profile for a shop's message centre that says nothing of the thread's order. */
const profile = {
  id: 'team.nachrichten',
  site: 'generic',
  seen: '2026-12-07',
  selectors: { thread: '.verlauf', message: '.eintrag', body: '.inhalt', author: '.von', time: '.wann' },
  roles: { agent: '.eintrag.shop' },
} as SiteProfile;

const entry = (who: string, when: string, text: string, shop = false) =>
  `<div class="eintrag${shop ? ' shop' : ''}"><span class="von">${who}</span><span class="wann">${when}</span><div class="inhalt">${text}</div></div>`;

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

describe('a profile read of a thread shown newest on top, its days without their year', () => {
  it('reads it oldest first from the days shown, and leaves the shown text out of the messages', () => {
    page = htmlPage(
      `<body><div class="verlauf">${entry('Jana Roth', '5. Dez., 08:31', 'Ist das Paket schon unterwegs?')}${entry('Kaffeewerk', '4. Dez., 20:47', 'Wir prüfen das.', true)}${entry('Jana Roth', '30. Nov., 10:05', 'Meine Mühle ist defekt.')}</div></body>`,
      'https://shop.example.de/nachrichten/12',
    );
    const thread = readWithProfile(page.document, page.url, profile, Number.POSITIVE_INFINITY)!;
    expect(thread.messages.map((message) => message.text)).toEqual([
      'Meine Mühle ist defekt.',
      'Wir prüfen das.',
      'Ist das Paket schon unterwegs?',
    ]);
    expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.messages.every((message) => !('shownTime' in message))).toBe(true);
  });
});
