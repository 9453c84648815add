import { describe, expect, it } from 'vitest';
import { htmlPage } from '@/lib/sites/testing/fixture-page';
import { hashClasses } from './hash-classes';

const PAGE = `<html><head><style>.konto{color:red} #liste{margin:0}</style></head><body>
<ul id="liste" class="konto"><li><label for="feld" class="konto">Suche</label><input id="feld"></li></ul>
<a href="#liste">Nach oben</a></body></html>`;

describe('hash-classes mutation', () => {
  it('renames one class the same everywhere and keeps ids, label targets, links and style sheets pointing right', () => {
    const { document } = htmlPage(PAGE, 'https://desk.example/');
    expect(hashClasses(document, { seed: 's' })).toBe(true);
    const list = document.querySelector('ul')!;
    expect(list.className).not.toBe('konto');
    expect(document.querySelector('label')!.className).toBe(list.className);
    expect(document.getElementById(document.querySelector('label')!.getAttribute('for')!)?.tagName).toBe('INPUT');
    expect(document.querySelector('a')!.getAttribute('href')).toBe(`#${list.id}`);
    expect(document.querySelector('style')!.textContent).toBe(`.${list.className}{color:red} #${list.id}{margin:0}`);
  });

  it('hashes differently for another seed (another build)', () => {
    const [one, two] = [htmlPage(PAGE, 'https://desk.example/'), htmlPage(PAGE, 'https://desk.example/')];
    hashClasses(one.document, { seed: 'a' });
    hashClasses(two.document, { seed: 'b' });
    expect(one.document.querySelector('ul')!.className).not.toBe(two.document.querySelector('ul')!.className);
  });
});
