import { describe, expect, it } from 'vitest';
import { htmlPage } from '../testing/fixture-page';
import { shownSubject, threadIdOf, untitledSubject } from './subject';
import type { SiteProfile } from './types';

const profile: SiteProfile = {
  id: 'test.subject',
  site: 'generic',
  seen: '2026-12-07',
  selectors: { thread: 'main', message: 'article' },
  threadPath: '^/tickets/(\\d+)',
  untitled: ['Ticket #{id}'],
};

describe("a profile's subject", () => {
  it("reads a field's value or text without its label", () => {
    const page = htmlPage(
      '<html><body><input id="s" value="Lampe defekt"><h1 id="h">Betreff: Artikel beschädigt</h1></body></html>',
      'https://desk.example/tickets/41',
    );
    expect(shownSubject(page.document.getElementById('s'))).toBe('Lampe defekt');
    expect(shownSubject(page.document.getElementById('h'))).toBe('Artikel beschädigt');
    expect(shownSubject(null)).toBe('');
  });

  it('takes the thread id from the path and fills a stand-in subject with it', () => {
    const url = new URL('https://desk.example/tickets/41');
    expect(threadIdOf(profile, url)).toBe('41');
    expect(untitledSubject(profile, url, '41')).toBe('Ticket #41');
  });
});
