import { describe, expect, it } from 'vitest';
import { originPattern, patternHost } from './generic-origin';

describe('originPattern', () => {
  it.each([
    ['https://helpdesk.example/tickets/1?x=1#top', 'https://helpdesk.example/*'],
    ['http://127.0.0.1:4173/sites/generic/page.html', 'http://127.0.0.1/*'],
    ['https://support.shop.example:8443/', 'https://support.shop.example/*'],
  ])('%s → %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
    expect(patternHost(pattern)).toBe(new URL(url).hostname);
  });

  it.each([null, '', 'not a url', 'chrome://extensions/', 'file:///home/me/ticket.html', 'about:blank', 'javascript:alert(1)'])(
    'no pattern for %s',
    (url) => {
      expect(originPattern(url)).toBeNull();
    },
  );
});
