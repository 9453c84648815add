import { describe, expect, it } from 'vitest';
import { htmlPage } from './fixture-page';

describe('attachDeclarativeShadowRoots (what the HTML parser does with <template shadowrootmode>)', () => {
  it('makes each template its parent’s shadow root, nested ones too, and leaves other templates inert', () => {
    const { document } = htmlPage(
      '<!doctype html><html><body><x-card><template shadowrootmode="open"><p>outer</p><x-list><template shadowrootmode="open"><i>inner</i></template></x-list></template></x-card><template id="plain"><b>inert</b></template></body></html>',
      'https://crm.example/case/1',
    );
    const card = document.querySelector('x-card')!;
    expect(card.shadowRoot?.querySelector('p')?.textContent).toBe('outer');
    expect(card.querySelector('template')).toBeNull();
    expect(card.shadowRoot?.querySelector('x-list')?.shadowRoot?.textContent).toBe('inner');
    expect(document.getElementById('plain')?.localName).toBe('template');
    expect(document.body.textContent).not.toContain('inert');
  });
});
