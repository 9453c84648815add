import { afterEach, describe, expect, it } from 'vitest';
import { withoutDrafts } from './structural-draft';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const rowsOf = (rows: string) => {
  page = htmlPage(`<!doctype html><html><body><ol>${rows}</ol></body></html>`, 'https://mail.example/t/5');
  return Array.from(page.document.querySelectorAll('li'));
};

describe('withoutDrafts', () => {
  it('leaves out a row labelled as an unsent draft, in several languages', () => {
    for (const label of ['Draft', 'Entwurf', 'Brouillon', '下書き']) {
      const rows = rowsOf(
        '<li><b>Ines Moreau</b> <p>The zip on my bag broke after a week.</p></li>' +
          `<li><b>me</b> <span class="tag">${label}</span> <p>So sorry, Ines — a new bag is on its way…</p></li>`,
      );
      expect(withoutDrafts(rows)).toEqual([rows[0]]);
    }
  });

  it('keeps a message that only mentions a draft in its words', () => {
    const rows = rowsOf(
      '<li><b>Ines Moreau</b> <p><span>Draft</span> of the return form attached, is it right?</p></li>' +
        '<li><b>Shop</b> <p>Your draft looks fine.</p></li>',
    );
    expect(withoutDrafts(rows)).toEqual(rows);
  });
});
