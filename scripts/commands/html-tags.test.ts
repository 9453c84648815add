import { describe, expect, it } from 'vitest';
import { scanTags } from './html-tags';

/** The page's elements as "name[start,end)" in the order they close, and the deepest nesting. */
function elements(html: string): { closed: string[]; deepest: number } {
  const starts: number[] = [];
  const closed: string[] = [];
  let deepest = 0;
  scanTags(
    html,
    {
      open: (_name, _attributes, start) => starts.push(start),
      close: (name, end) => closed.push(`${name}:${html.slice(starts.pop()!, end)}`),
    },
    (depth) => {
      deepest = Math.max(deepest, depth);
      return false;
    },
  );
  return { closed, deepest };
}

describe('scanTags', () => {
  it('gives each element its exact source, closing tag included', () => {
    expect(elements('<div class="a"><p>Hi <b>there</b></p></div>').closed).toEqual([
      'b:<b>there</b>',
      'p:<p>Hi <b>there</b></p>',
      'div:<div class="a"><p>Hi <b>there</b></p></div>',
    ]);
  });

  it('keeps void elements, comments, attributes holding ">" and raw text out of the nesting', () => {
    const { closed, deepest } = elements(
      '<div title="a > b"><br><img src=x><!-- <div> --><script>if (a<b) document.write("<div>")</script><style>p>a{}</style></div>',
    );
    expect(closed.map((entry) => entry.split(':')[0])).toEqual(['br', 'img', 'script', 'style', 'div']);
    expect(deepest).toBe(1);
  });

  it('closes what HTML closes implicitly: a list item by the next, a paragraph by a block', () => {
    const { closed } = elements('<ul><li>one<li>two</ul><p>text<div>block</div>');
    expect(closed).toEqual(['li:<li>one', 'li:<li>two', 'ul:<ul><li>one<li>two</ul>', 'p:<p>text', 'div:<div>block</div>']);
  });

  it('ignores a stray closing tag and closes what is left open at the end', () => {
    expect(elements('</span><section><div>open').closed).toEqual(['div:<div>open', 'section:<section><div>open']);
  });

  it('stops as soon as it is told to', () => {
    let opened = 0;
    const finished = scanTags('<div>'.repeat(10), { open: () => opened++, close: () => undefined }, (depth) => depth > 3);
    expect({ finished, opened }).toEqual({ finished: false, opened: 4 });
  });
});
