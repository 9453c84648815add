/**
 * Issue 12: a read never forces the browser to recalculate style or layout. Every fixture page is
 * read by the engine (site reader, then structural, and structural alone) with the APIs that force
 * it — checkVisibility, getComputedStyle, innerText, offsetParent/offsetWidth/offsetHeight,
 * getBoundingClientRect — counted; none may be called.
 */
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADAPTERS, type AdapterId } from '@/lib/sites/index';
import { asFixturePage } from '@/lib/sites/fixture-pages';
import { fixturePage } from '@/lib/sites/testing/fixture-page';
import { readPage } from './read-page';

const SITES = readdirSync('tests/fixtures/sites', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && Object.hasOwn(ADAPTERS, entry.name))
  .map((entry) => entry.name as AdapterId);

let calls: string[] = [];
const restore: Array<() => void> = [];

function watch(target: object, name: string): void {
  let owner: object | null = target;
  while (owner && !Object.getOwnPropertyDescriptor(owner, name)) owner = Object.getPrototypeOf(owner);
  if (!owner) return;
  const original = Object.getOwnPropertyDescriptor(owner, name)!;
  const { configurable, enumerable } = original;
  let counted: PropertyDescriptor;
  if (original.get) {
    const get = original.get;
    counted = {
      configurable,
      enumerable,
      set: original.set,
      get(this: unknown) {
        calls.push(name);
        return get.call(this);
      },
    };
  } else if (typeof original.value === 'function') {
    const method = original.value as (...args: unknown[]) => unknown;
    counted = {
      configurable,
      enumerable,
      writable: true,
      value(this: unknown, ...args: unknown[]) {
        calls.push(name);
        return method.apply(this, args);
      },
    };
  } else return;
  Object.defineProperty(owner, name, counted);
  restore.push(() => Object.defineProperty(owner!, name, original));
}

describe('a read forces no style or layout work', () => {
  beforeEach(() => {
    calls = [];
    watch(Element.prototype, 'checkVisibility');
    watch(Element.prototype, 'getBoundingClientRect');
    watch(HTMLElement.prototype, 'innerText');
    watch(HTMLElement.prototype, 'offsetParent');
    watch(HTMLElement.prototype, 'offsetWidth');
    watch(HTMLElement.prototype, 'offsetHeight');
    watch(window, 'getComputedStyle');
  });
  afterEach(() => {
    while (restore.length) restore.pop()!();
  });

  it.each(SITES)('%s fixtures', async (site) => {
    for (const file of readdirSync(`tests/fixtures/sites/${site}`).filter((name) => name.endsWith('.html'))) {
      const page = fixturePage(site, file, `http://127.0.0.1/sites/${site}/${file}`);
      // The page's own window: patch its prototypes too (happy-dom gives each window its own classes).
      const win = page.window as unknown as typeof globalThis;
      watch(win.Element.prototype, 'checkVisibility');
      watch(win.Element.prototype, 'getBoundingClientRect');
      watch(win.HTMLElement.prototype, 'innerText');
      watch(win.HTMLElement.prototype, 'offsetParent');
      watch(win, 'getComputedStyle');
      const adapter = asFixturePage(ADAPTERS[site]);
      readPage(page.document, page.url, { adapter });
      readPage(page.document, page.url, { adapter, only: 'structural' });
      expect(calls, `${site}/${file}`).toEqual([]);
      await page.window.happyDOM.close();
    }
  });

  it('the watch itself catches a forced read', () => {
    const page = fixturePage('gmail', '2026-11-24-busy-page.html', 'https://mail.google.com/mail/u/0/');
    const win = page.window as unknown as typeof globalThis;
    watch(win.Element.prototype, 'checkVisibility');
    page.document.body.checkVisibility();
    expect(calls).toContain('checkVisibility');
  });
});
