import { afterEach, describe, expect, it } from 'vitest';
import { bestOf } from './generic-best-group';
import { siblingGroups } from './generic-groups';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const said = 'I ordered the blue kettle last week and it still has not arrived, could you check where it is please?';

describe('the sibling group most like a conversation', () => {
  it('prefers messages with senders and text over a list of short links', () => {
    const links = Array.from({ length: 6 }, (_, index) => `<li><a href="/t/${index}">Ticket ${index}</a></li>`).join('');
    const mails = ['ana@shop.example', 'bo@mail.example'].map((from) => `<article><p>${from}</p><p>${said}</p></article>`).join('');
    page = htmlPage(`<html><body><ul>${links}</ul><section>${mails}</section></body></html>`, 'https://desk.example/t/1');
    const best = bestOf(siblingGroups(page.document.body));
    expect(best?.group.members.map((member) => member.localName)).toEqual(['article', 'article']);
  });

  it('finds none on a page of short items', () => {
    page = htmlPage('<html><body><ul><li>a@b.example</li><li>c@d.example</li></ul></body></html>', 'https://desk.example/t/1');
    expect(bestOf(siblingGroups(page.document.body))).toBeNull();
  });
});
