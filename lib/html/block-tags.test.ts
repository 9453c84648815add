import { describe, expect, it } from 'vitest';
import { LINE_BLOCK_TAGS, PARAGRAPH_TAGS } from '@/lib/html/block-tags';
import { readableText } from '@/lib/sites/text';
import { joinText } from '@/lib/ticket/html-parts';
import { renderParts } from '@/lib/ticket/html-parts-renderer';

/** The non-blank lines a reader sees in `html`, read by the page reader on a DOM. */
function pageLines(html: string): string[] {
  const root = document.createElement('div');
  root.innerHTML = html;
  return readableText(root)
    .split('\n')
    .filter((line) => line.trim() !== '');
}

/** The same, read by the mail stripper's renderer on the HTML source. */
const mailLines = (html: string) =>
  joinText(renderParts(html))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

describe('one block list for the page reader and the mail renderer', () => {
  const blocks = [...LINE_BLOCK_TAGS, ...PARAGRAPH_TAGS, 'pre'].filter((tag) => tag !== 'hr');

  /** Where a DOM keeps the element: table parts inside a table, an open <details> (a closed one is hidden). */
  const placed = (tag: string) => {
    if (tag === 'caption') return '<table><caption>inside</caption></table>';
    if (tag === 'tr') return '<table><tr><td>inside</td></tr></table>';
    if (['thead', 'tbody', 'tfoot'].includes(tag)) return `<table><${tag}><tr><td>inside</td></tr></${tag}></table>`;
    return tag === 'details' ? '<details open>inside</details>' : `<${tag}>inside</${tag}>`;
  };

  it.each(blocks)('both start a line at <%s> and after it', (tag) => {
    const html = `<span>before</span>${placed(tag)}<span>after</span>`;
    expect(mailLines(html)).toEqual(['before', 'inside', 'after']);
    expect(pageLines(html)).toEqual(mailLines(html));
  });

  it('both start a line at <hr>, an element with no end', () => {
    expect(mailLines('before<hr>after')).toEqual(['before', 'after']);
    expect(pageLines('before<hr>after')).toEqual(['before', 'after']);
  });

  it('both keep table cells on one line', () => {
    const html = '<table><tr><td>a</td><td>b</td></tr></table>';
    expect(mailLines(html)).toEqual(['a b']);
    expect(pageLines(html)).toEqual(['a b']);
  });
});
