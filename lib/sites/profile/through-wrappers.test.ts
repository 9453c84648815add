import { describe, expect, it } from 'vitest';
import { findAll } from './lookup';
import type { SiteProfile } from './types';
import { htmlPage } from '../testing/fixture-page';

// A team's profile for a helpdesk whose new build wraps some timeline entries in bare layout divs.
const profile: SiteProfile = {
  id: 'test.timeline',
  site: 'generic',
  seen: '2026-12-06',
  selectors: { thread: 'ol.timeline', message: 'ol.timeline > li.entry, .card[data-kind="mail"]' },
};
const entry = (id: string, text: string) => `<li class="entry" data-id="${id}"><p>${text}</p></li>`;
const ids = (body: string) => {
  const { document } = htmlPage(
    `<!doctype html><body><section><ol class="timeline">${body}</ol></section></body>`,
    'https://desk.example/t/9',
  );
  return findAll(document, profile, 'message').elements.map((element) => element.getAttribute('data-id'));
};

describe('a child step sees through bare wrappers', () => {
  it('reads entries wrapped in bare divs between their unwrapped neighbours, in page order', () => {
    expect(
      ids(
        `${entry('1', 'My order 4410 never came.')}<div>${entry('2', 'Sorry! Checking with the carrier.')}</div>` +
          `<div><div>${entry('3', 'Any news?')}</div></div>${entry('4', 'Reshipped today.')}`,
      ),
    ).toEqual(['1', '2', '3', '4']);
  });

  it('not through a wrapper the page marks (a class, a role) nor into a nested list of another parent', () => {
    expect(
      ids(
        `${entry('1', 'Hello')}<div class="quoted">${entry('2', 'an older entry, quoted')}</div>` +
          `<ul class="links"><div>${entry('3', 'a link list item')}</div></ul>${entry('4', 'Bye')}`,
      ),
    ).toEqual(['1', '4']);
  });
});
