import { describe, expect, it } from 'vitest';
import { htmlPage } from '@/lib/sites/testing/fixture-page';
import { type MutationKind, mutate, oneLine } from './layout-mutations';
import { seededRandom } from './seeded-random';

const PAGE = `<html><head><style>.pane{display:grid} #side{width:20em}</style></head><body>
<main class="pane app" id="main">
  <aside id="side" class="card" aria-labelledby="who"><h3 id="who">Lena Park</h3><p>lena@example.org</p></aside>
  <section class="thread" data-testid="thread" data-kind="mail">
    <article class="msg"><header><b>Lena Park</b> <time datetime="2026-12-01T09:00:00Z">Dec 1</time></header><p>My kettle arrived cracked.</p></article>
    <div role="note">Status changed</div>
    <article class="msg"><header><b>Shop</b> <time datetime="2026-12-02T09:00:00Z">Dec 2</time></header><p>Sorry, a new one is on its way.</p></article>
  </section>
  <nav role="toolbar"><button>Reply</button></nav>
</main></body></html>`;

function mutated(kind: MutationKind, seed = 'a') {
  const { document } = htmlPage(PAGE, 'https://helpdesk.example/t/1');
  const changed = mutate(document, kind, { random: seededRandom(seed), seed, threadText: 'My kettle arrived cracked.' });
  return { document, changed };
}

describe('layout mutations', () => {
  it('hashes class names and ids alike page-wide, references and style sheets following', () => {
    const { document } = mutated('hash-classes');
    const [main, aside] = [document.querySelector('main')!, document.querySelector('aside')!];
    expect(main.className).not.toContain('pane');
    expect(document.querySelectorAll('article')[0]!.className).toBe(document.querySelectorAll('article')[1]!.className);
    expect(document.getElementById(aside.getAttribute('aria-labelledby')!)?.textContent).toBe('Lena Park');
    expect(document.querySelector('style')!.textContent).toContain(`.${main.className.split(' ')[0]}{`);
    expect(document.querySelector('style')!.textContent).toContain(`#${aside.id}{`);
  });

  it('drops test hooks and keeps other data attributes', () => {
    const { document } = mutated('drop-test-attributes');
    expect(document.querySelector('[data-testid]')).toBeNull();
    expect(document.querySelector('[data-kind="mail"]')).not.toBeNull();
  });

  it('adds wrappers without changing the text, the same for the same seed', () => {
    const [once, again, other] = [mutated('extra-wrappers'), mutated('extra-wrappers'), mutated('extra-wrappers', 'b')];
    const shape = (doc: Document) => doc.body.innerHTML;
    expect(shape(once.document)).toBe(shape(again.document));
    expect(shape(once.document)).not.toBe(shape(other.document));
    expect(oneLine(once.document.body.textContent!)).toBe(oneLine(htmlPage(PAGE, 'https://x.example/').document.body.textContent!));
    expect(once.document.querySelectorAll('div').length).toBeGreaterThan(1);
  });

  it('moves chrome before or after the thread, never the thread', () => {
    const { document } = mutated('shuffle-chrome');
    const order = [...document.querySelector('main')!.children].map((child) => child.tagName.toLowerCase());
    expect(order.filter((tag) => tag !== 'aside' && tag !== 'nav')).toEqual(['section']);
    expect(['aside', 'nav']).toContain(order[0]);
  });

  it('reverses the dated messages, leaving undated items in their place', () => {
    const { document, changed } = mutated('reverse-thread');
    expect(changed).toBe(true);
    const items = [...document.querySelector('section')!.children].map((child) => oneLine(child.textContent!));
    expect(items).toEqual(['Shop Dec 2Sorry, a new one is on its way.', 'Status changed', 'Lena Park Dec 1My kettle arrived cracked.']);
  });

  it('does not reverse a page without dates', () => {
    const { document } = htmlPage('<body><div><p>a</p><p>b</p></div></body>', 'https://x.example/');
    expect(mutate(document, 'reverse-thread', { random: seededRandom('a'), seed: 'a', threadText: null })).toBe(false);
  });

  it('swaps semantic tags for divs, headings keeping their role and level', () => {
    const { document } = mutated('swap-tags');
    expect(document.querySelector('article, section, header, aside, nav, main, h3')).toBeNull();
    const heading = document.querySelector('[role="heading"]')!;
    expect([heading.tagName, heading.getAttribute('aria-level'), heading.id]).toEqual(['DIV', '3', 'who']);
    expect(document.querySelector('[role="complementary"]')?.textContent).toContain('lena@example.org');
    expect(document.querySelector('[role="toolbar"]')?.textContent).toBe('Reply');
  });
});
