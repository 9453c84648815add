import { describe, expect, it } from 'vitest';
import { firstUsable, isWritableTextarea } from './find-reply-box';
import { htmlPage } from './testing/fixture-page';

const page = () =>
  htmlPage(
    `<body>
      <div class="editor old" id="fallback-a"></div>
      <div class="editor new" id="primary-off" data-off="1"></div>
      <div class="editor new" id="primary-on"></div>
      <textarea id="closed" disabled></textarea><textarea id="read-only" readonly></textarea><textarea id="open"></textarea>
    </body>`,
    'https://helpdesk.example/ticket/1',
  ).document;

describe("an adapter's reply box", () => {
  it('takes the first usable element of the first selector that has one, then the fallback', () => {
    const doc = page();
    const on = (element: HTMLElement) => !element.hasAttribute('data-off');
    expect(firstUsable(doc, ['.new', '.old'], on)?.id).toBe('primary-on');
    expect(firstUsable(doc, ['.missing', '.old'], on)?.id).toBe('fallback-a');
    expect(firstUsable(doc, ['.missing'], on)).toBeNull();
  });

  it('finds nothing, and never throws, on a selector the page rejects', () => {
    expect(firstUsable(page(), ['[unclosed', '.old'])).toBeNull();
  });

  it('a textarea takes a reply when it is enabled and writable', () => {
    const doc = page();
    expect(firstUsable<HTMLTextAreaElement>(doc, ['textarea'], isWritableTextarea)?.id).toBe('open');
  });
});
