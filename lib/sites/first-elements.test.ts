import { afterEach, describe, expect, it } from 'vitest';
import { firstElements } from './first-elements';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const card = () => {
  page = htmlPage(
    `<html><body><section id="card"><header><b id="a">Ines</b><i id="b">online</i></header><p id="c"><span id="d">Note</span></p><footer id="e"></footer></section><p id="after">x</p></body></html>`,
    'https://desk.example/',
  );
  return page.document.getElementById('card')!;
};

describe('the first elements inside an element', () => {
  it('lists them in document order, children before the next sibling, and stops at the limit', () => {
    const ids = (limit: number) => firstElements(card(), limit).map((element) => element.id || element.localName);
    expect(ids(10)).toEqual(['header', 'a', 'b', 'c', 'd', 'e']);
    expect(ids(3)).toEqual(['header', 'a', 'b']);
    expect(ids(0)).toEqual([]);
  });

  it('never walks out of the element into what follows it', () => {
    expect(firstElements(card(), 50).map((element) => element.id)).not.toContain('after');
  });

  it('lists no more than the element holds, so a count tells whether it holds more than a number', () => {
    expect(firstElements(card(), 6)).toHaveLength(6);
    expect(firstElements(card(), 7)).toHaveLength(6);
  });
});
