import { describe, expect, it } from 'vitest';
import { scanHtml } from './strip-reply-html-scan';

/** The scan's events as readable lines: "open name [source] @depth", "text …", "close name @depth". */
function eventsOf(html: string): string[] {
  const seen: string[] = [];
  scanHtml(html, {
    describe: (name) => name,
    open: (tag, source, depth) => seen.push(`open ${tag.name} [${source}] @${depth}`),
    text: (raw) => seen.push(`text ${raw}`),
    close: (tag, depth) => seen.push(`close ${tag.name} @${depth}`),
    done: () => false,
  });
  return seen;
}

describe('scanHtml: reading tags', () => {
  it('asks the listener about each tag name once per scan, and hands every tag of that name its answer', () => {
    const asked: string[] = [];
    const facts: string[] = [];
    scanHtml('<p>a</p><p>b<br></p><br></p>', {
      describe: (name) => {
        asked.push(name);
        return `facts of ${name}`;
      },
      open: (tag) => facts.push(`open ${tag.name}: ${tag.facts}`),
      text: () => undefined,
      close: (tag) => facts.push(`close ${tag.name}: ${tag.facts}`),
      done: () => false,
    });
    expect(asked).toEqual(['p', 'br']);
    expect(facts).toEqual([
      'open p: facts of p',
      'close p: facts of p',
      'open p: facts of p',
      'open br: facts of br',
      'close br: facts of br',
      'close p: facts of p',
      'open br: facts of br',
      'close br: facts of br',
      // The stray "</p>" breaks the line as a "<br>" would: described as one.
      'open br: facts of br',
      'close br: facts of br',
    ]);
  });

  it('reads names case-insensitively, with digits, colons and dashes, and keeps the attribute source raw', () => {
    expect(eventsOf('<O:P class="x">a</o:p><H2-x id=1/>')).toEqual([
      'open o:p [ class="x"] @1',
      'text a',
      'close o:p @1',
      'open h2-x [ id=1/] @1',
      'close h2-x @1',
    ]);
  });

  it('cuts a name after 41 characters: the rest is read as its attributes', () => {
    const name = `q${'w'.repeat(44)}`;
    expect(eventsOf(`<${name}>`)).toEqual([`open ${name.slice(0, 41)} [wwww] @1`, `close ${name.slice(0, 41)} @1`]);
  });

  it('reads a lone "<", "< p>", "</ p>" and "<3" as text, and a tag broken by another "<" as skipped up to its ">"', () => {
    expect(eventsOf('a < b<3 < p></ p>')).toEqual([
      'text a ',
      'text <',
      'text  b',
      'text <',
      'text 3 ',
      'text <',
      'text  p>',
      'text <',
      'text / p>',
    ]);
    expect(eventsOf('x<span title="a<b">y')).toEqual(['text x', 'text y']);
  });

  it('skips a tag whose attributes run past 20,000 characters, and reads the text after it', () => {
    expect(eventsOf(`<img src="${'A'.repeat(20_001)}">after`)).toEqual(['text after']);
  });

  it('closes open elements on a matching end tag, and turns a stray "</p>" into a line break', () => {
    expect(eventsOf('<div><b>x</div></p>')).toEqual([
      'open div [] @1',
      'open b [] @2',
      'text x',
      'close b @2',
      'close div @1',
      'open br [] @1',
      'close br @1',
    ]);
  });
});
