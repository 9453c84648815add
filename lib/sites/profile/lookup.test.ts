import { describe, expect, it } from 'vitest';
import { findAll } from './lookup';
import type { SiteProfile } from './types';
import { htmlPage } from '../testing/fixture-page';

const profile: SiteProfile = {
  id: 'test.nested-mail',
  site: 'generic',
  seen: '2026-12-05',
  selectors: { thread: '.conv', message: '.conv > .row, .mail[data-id]' },
};
const mail = (id: string, text: string, after = '') => `<div class="mail" data-id="${id}"><p>${text}</p>${after}</div>`;
const ids = (body: string) => {
  const { document } = htmlPage(`<!doctype html><body><div class="conv">${body}</div></body>`, 'https://mail.example/t/1');
  return findAll(document.querySelector('.conv')!, profile, 'message').elements.map((element) =>
    element.matches('.row') ? `row:${element.querySelector('.mail')!.getAttribute('data-id')}` : `mail:${element.getAttribute('data-id')}`,
  );
};

describe('findAll: message blocks, outermost', () => {
  it('reads a row and the mail inside it as one message', () => {
    expect(ids(`<div class="row">${mail('a', 'Where is my parcel?')}</div><div class="row">${mail('b', 'On its way.')}</div>`)).toEqual([
      'row:a',
      'row:b',
    ]);
  });

  it('reads a row the page left unclosed, the next message nested inside it, as two messages', () => {
    // The second row's closing tag is missing: the third row is parsed inside it.
    const unclosed = `<div class="row">${mail('a', 'Where is my parcel?')}</div><div class="row">${mail('b', 'On its way.')}<div class="row">${mail('c', 'Still nothing today.')}</div></div>`;
    expect(ids(unclosed)).toEqual(['row:a', 'mail:b', 'mail:c']);
  });
});
