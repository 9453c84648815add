import { afterEach, describe, expect, it } from 'vitest';
import { namesAReadAuthor } from './structural-read-author-heading';
import { findSubject } from './structural-subject';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

describe('a heading that names the author of a read message', () => {
  it('is the name, whatever badges follow it and however it is cased', () => {
    expect(namesAReadAuthor('Tomasz.Wood (87 ★) · 100 %', ['tomasz.wood', 'You'])).toBe(true);
    expect(namesAReadAuthor('Oak shelf, 80 cm', ['tomasz.wood'])).toBe(false);
    expect(namesAReadAuthor('Jo', ['Jo'])).toBe(false);
  });

  it('gives way to the line beside it as the subject, with no class naming anything', () => {
    // Classes hashed by a build: nothing says "user", "sender" or "subject".
    page = htmlPage(
      '<!doctype html><title>Inbox | Crafts</title><body><section><div class="q81x"><h3 class="zz1">tomasz.wood</h3><div class="k2p">Oak shelf with hidden brackets, 80 cm</div></div>' +
        '<ol class="m0"><li class="r7" id="first"><b class="r8">tomasz.wood</b><p>Can you make it 90 cm?</p></li><li class="r7"><b class="r8">Me</b><p>Yes.</p></li></ol></section></body>',
      'https://crafts.example/inbox/4',
    );
    const first = page.document.getElementById('first')!;
    expect(findSubject(page.document, first, ['tomasz.wood', 'Me']).text).toBe('Oak shelf with hidden brackets, 80 cm');
  });
});
