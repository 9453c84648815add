import { describe, expect, it } from 'vitest';
import { visibleWords } from '@/lib/ticket/testing/package-suites/score-package-suite';
import { seededRandom } from '../seeded-random';
import { HTML_MUTATIONS, spaceHtmlText } from './html-mutations';
import type { StripCase } from './mutation-types';

const INPUT =
  '<html><head><style>p { margin: 0 }</style></head><body><div dir="ltr" class="x">Merci beaucoup <b>Anna</b></div>\n<p>À bientôt</p><br><blockquote type="cite" style="margin:0"><div>Le 2 déc. 2026, Boutique a écrit :</div></blockquote></body></html>';
const CASE: StripCase = { suite: 's', id: 'i', format: 'html', input: INPUT, expected: 'Merci beaucoup Anna\nÀ bientôt' };
const mutated = (name: string) => HTML_MUTATIONS.find((m) => m.name.startsWith(name))!.mutate(CASE, seededRandom('3'))!;

describe('HTML_MUTATIONS', () => {
  it.each(HTML_MUTATIONS.map((m) => m.name))('%s changes the markup, not the words a reader sees', (name) => {
    const out = mutated(name);
    expect(out).not.toBe(INPUT);
    expect(visibleWords(out)).toBe(visibleWords(INPUT));
  });

  it('wraps blockquotes in a div and text in spans, not the style sheet', () => {
    const out = mutated('HTML extra wrapper');
    expect(out).toContain('<div><blockquote type="cite" style="margin:0">');
    expect(out).toContain('</blockquote></div>');
    expect(out).toContain('<span>Merci beaucoup </span>');
    expect(out).toContain('<style>p { margin: 0 }</style>');
  });

  it('reverses attributes and writes single quotes', () => {
    expect(mutated('HTML attributes')).toContain(`<div class='x' dir='ltr'>`);
  });

  it('writes paragraphs as divs and <br> as <br />', () => {
    const out = mutated('HTML <p>');
    expect(out).toContain('<div>À bientôt</div><br />');
  });

  it('puts no-break spaces in shown text only', () => {
    const out = spaceHtmlText(INPUT, '&nbsp;', 1, seededRandom('1'));
    expect(out).toContain('Merci&nbsp;beaucoup&nbsp;');
    expect(out).toContain('<div dir="ltr" class="x">');
    expect(out).toContain('p { margin: 0 }');
  });
});
