import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random';
import type { StripCase } from './mutation-types';
import { TEXT_MUTATIONS } from './text-mutations';

const mutation = (name: string) => TEXT_MUTATIONS.find((m) => m.name.startsWith(name))!;
const plain = (input: string, expected: string, lang = 'en'): StripCase => ({ suite: 's', id: 'i', format: 'text', lang, input, expected });
const MAIL = plain(
  'Sounds good, thank you.\n\nOn Wed, 2 Dec 2026 at 09:15, Harbor Candle Co. <hello@harbor.test> wrote:\n> Your parcel left today.\n> > Where is it?',
  'Sounds good, thank you.',
);

describe('TEXT_MUTATIONS', () => {
  it('writes CRLF line ends', () => {
    expect(mutation('CRLF').mutate(MAIL, seededRandom('1'))).toBe(MAIL.input.replace(/\n/g, '\r\n'));
  });

  it('turns some spaces into no-break spaces, and into full-width ones only in ja zh ko mail', () => {
    const out = mutation('non-breaking').mutate(MAIL, seededRandom('1'))!;
    expect(out).toContain('\u00a0');
    expect(out.replace(/\u00a0/g, ' ')).toBe(MAIL.input);
    expect(mutation('full-width').mutate(MAIL, seededRandom('1'))).toBeUndefined();
    const ja = plain('了解です。 ありがとう。\n\n2026年12月2日 店 <a@b.test>:\n> 発送しました', '了解です。 ありがとう。', 'ja');
    expect(mutation('full-width').mutate(ja, seededRandom('1'))).toContain('\u3000');
  });

  it("swaps '> ' and '>' markers, and writes '| ' ones, keeping the depth", () => {
    const swapped = mutation("quote markers '> '").mutate(MAIL, seededRandom('1'))!;
    expect(swapped).toContain('\n>Your parcel left today.\n>>Where is it?');
    const bars = mutation("quote markers '| '").mutate(MAIL, seededRandom('1'))!;
    expect(bars).toContain('\n| Your parcel left today.\n| | Where is it?');
  });

  it('wraps the attribution line over two lines within the width', () => {
    const out = mutation('attribution line wrapped').mutate(MAIL, seededRandom('1'))!;
    const lines = out.split('\n');
    const at = lines.findIndex((line) => line.startsWith('On Wed'));
    expect(lines[at]!.length).toBeLessThan(70);
    expect(`${lines[at]} ${lines[at + 1]}`).toBe('On Wed, 2 Dec 2026 at 09:15, Harbor Candle Co. <hello@harbor.test> wrote:');
  });

  it("writes the quote's date in another format and leaves the reply alone", () => {
    const out = mutation("quote's date").mutate(MAIL, seededRandom('1'))!;
    expect(out).not.toContain('2 Dec 2026');
    expect(out.startsWith('Sounds good, thank you.\n\nOn Wed, ')).toBe(true);
  });

  it('leaves HTML to the HTML mutations where markup would break', () => {
    const html: StripCase = { ...MAIL, format: 'html', input: '<div>Hi</div><blockquote>&gt; x</blockquote>' };
    expect(mutation("quote markers '| '").mutate(html, seededRandom('1'))).toBeUndefined();
  });
});

describe("TEXT_MUTATIONS: '| ' quote markers", () => {
  it("leaves GroupWise's header arrows alone", () => {
    const groupwise = plain('Passt.\n\n>>> Laden <a@laden.test> 02.12.2026 16:05 >>>\n> Versendet.', 'Passt.');
    expect(mutation("quote markers '| '").mutate(groupwise, seededRandom('1'))).toBe(
      'Passt.\n\n>>> Laden <a@laden.test> 02.12.2026 16:05 >>>\n| Versendet.',
    );
  });
});
