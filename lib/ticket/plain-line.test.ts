import { describe, expect, it } from 'vitest';
import { PlainLines } from '@/lib/ticket/plain-line';
import { stripReplyText } from '@/lib/ticket/strip-reply-text';

/** Whether the non-blank line `i` is plain: the run of plain lines from it does not end on it. */
const isPlainTextLine = (lines: readonly string[], i: number) => new PlainLines().plainRunEnd(lines, i) > i;

const lines = (text: string) => text.split('\n');

describe('PlainLines.plainRunEnd', () => {
  it('answers yes for a short line of text that no rule can act on', () => {
    expect(isPlainTextLine(lines('checked twice\nall good\n\nmore'), 0)).toBe(true);
    expect(isPlainTextLine(lines('item 42'), 0)).toBe(true);
  });

  it('answers no for a line that opens a rule', () => {
    for (const line of [
      '> quoted',
      '-- ',
      '```',
      'Sent from my iPhone',
      'From: kim@shop.example',
      '-----Original Message-----',
      '________',
    ]) {
      expect(isPlainTextLine([line, 'next'], 0), line).toBe(false);
    }
  });

  it('answers no for a line an attribution may wrap from', () => {
    // The same words, once above a line that ends like an attribution, once not: the answer is not the line's alone.
    expect(isPlainTextLine(lines('On Tue 3 Mar\nPat <pat@mail.example> wrote:'), 0)).toBe(false);
    expect(isPlainTextLine(lines('On Tue 3 Mar\nthe box came'), 0)).toBe(true);
    expect(isPlainTextLine(lines('On Tue 3 Mar\nthe box came'), 0)).toBe(true);
    expect(isPlainTextLine(lines('On Tue 3 Mar\nlater\nPat <pat@mail.example> wrote:'), 0)).toBe(false);
  });

  it('reads a remembered line with its new neighbours', () => {
    const plain = new PlainLines();
    expect(plain.plainRunEnd(lines('the box came\nall good'), 0)).toBe(2);
    expect(plain.plainRunEnd(lines('the box came\nPat <pat@mail.example> wrote:'), 0)).toBe(0);
  });

  it('leaves every line to the scan once most lines are new (nothing to gain from remembering them)', () => {
    const plain = new PlainLines();
    const distinct = Array.from({ length: 2000 }, (_, k) => `row ${k}`);
    // A few hundred new lines are remembered, then the run stops short of the end and every later run is empty.
    const runEnd = plain.plainRunEnd(distinct, 0);
    expect(runEnd).toBeGreaterThan(100);
    expect(runEnd).toBeLessThan(distinct.length);
    expect(plain.plainRunEnd(['row 0', 'row 1'], 0)).toBe(0);
  });

  it('answers yes for the links and addresses of a pasted contact list, up to 40 characters', () => {
    expect(isPlainTextLine(lines('http://shop.example/contact\njane@example.test'), 0)).toBe(true);
    expect(isPlainTextLine(lines('Warehouse 4, 12 Dock Road, Unit 7B'), 0)).toBe(true);
  });

  it('ends the run of blank and plain lines where a line opens a rule or an attribution may wrap from', () => {
    const plain = new PlainLines();
    expect(plain.plainRunEnd(lines('ok\n\nyes\n- a\n\n-- \nPat'), 0)).toBe(5);
    // 'yes' may be the first of the three lines an attribution wraps over.
    expect(plain.plainRunEnd(lines('ok\n\nyes\nOn Tue 3 Mar\nPat <pat@mail.example> wrote:\n> earlier'), 0)).toBe(2);
    expect(plain.plainRunEnd(lines('ok\n\nyes\n'), 0)).toBe(4);
  });

  it('answers yes for a labelled line that is no mail header field ("Tel:", "Fax:") in any language', () => {
    for (const line of ['Tel: +33 6 33 33 44 03', 'Fax: 030 1234', 'Handy: 0171 555', 'Téléphone : 01 23', 'Тел.: 8 800'])
      expect(isPlainTextLine([line, 'next'], 0), line).toBe(true);
    for (const line of ['From: Kim', 'Von: Kim', 'De : Kim', 'Sent: Monday', 'Gesendet: Montag'])
      expect(isPlainTextLine([line, 'next'], 0), line).toBe(false);
  });

  it('leaves a long line to the scan', () => {
    expect(isPlainTextLine(['a plain sentence that is longer than a short line of a log'], 0)).toBe(false);
  });
});

describe('the scan with plain lines among rules', () => {
  it('still cuts history and signatures that follow thousands of repeated short lines', () => {
    const log = 'ok\nyes\n\n- a\n'.repeat(2000);
    const reply = `Hi,\n\nthe log is below.\n\n${log}`;
    expect(stripReplyText(`${reply}\nOn Tue, 3 Mar 2026, Pat <pat@mail.example> wrote:\n> earlier`)).toBe(reply.trimEnd());
    expect(stripReplyText(`${reply}\n-- \nPat`)).toBe(reply.trimEnd());
    expect(stripReplyText(`${reply}\nok\nOn Tue, 3 Mar 2026,\nPat <pat@mail.example> wrote:\n> earlier`)).toBe(`${reply}\nok`);
  });
});
