import { describe, expect, it } from 'vitest';
import { wholeName } from '@/lib/sites/whole-name';

function chip(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.querySelector('.who')!;
}

describe('wholeName', () => {
  it('takes the whole name from the title of a chip whose text is cut with an ellipsis', () => {
    const who = chip('<b class="who" title="Marguerite Oyelaran-Fitz &lt;mo@example.org&gt;">Marguerite Oyel…</b>');
    expect(wholeName('Marguerite Oyel…', who)).toBe('Marguerite Oyelaran-Fitz');
  });

  it('finds it on a wrapper above the name, in an aria-label or a data attribute, after three dots', () => {
    const who = chip('<div data-sender-full="Tomasz Wiśniewski-Kowal"><span><i class="who">Tomasz Wiś...</i></span></div>');
    expect(wholeName('Tomasz Wiś...', who)).toBe('Tomasz Wiśniewski-Kowal');
    const labelled = chip('<p aria-label="Ngozi Adebayo, sent at 09:12"><span class="who">Ngozi Ad…</span></p>');
    expect(wholeName('Ngozi Ad…', labelled)).toBe('Ngozi Adebayo');
  });

  it('keeps a name that is not cut, and a cut one no attribute completes', () => {
    const who = chip('<b class="who" title="Other Person">Ingrid…</b>');
    expect(wholeName('Ingrid…', who)).toBe('Ingrid…');
    expect(wholeName('Ingrid Holm', chip('<b class="who" title="Ingrid Holmström">Ingrid Holm</b>'))).toBe('Ingrid Holm');
  });
});
