import { describe, expect, it } from 'vitest';
import { labelledSubject } from './structural-labelled-subject';
import { htmlPage } from './testing/fixture-page';

const thread = '<ol><li id="first"><b class="author">Rosa Pérez</b><p>Subject: what I asked before</p></li></ol>';
const subjectOf = (above: string) => {
  const { document } = htmlPage(`<!doctype html><body><main>${above}${thread}</main></body>`, 'https://desk.example/');
  return labelledSubject(document, document.getElementById('first')!);
};

describe('labelledSubject', () => {
  it('reads a "label: value" text above the conversation, in one text or the label in its own element', () => {
    expect(subjectOf('<div class="chip-x1">Asunto: Cambio de talla</div>')).toBe('Cambio de talla');
    expect(subjectOf('<p class="bar"><strong>Betreff:</strong> Lieferung fehlt</p>')).toBe('Lieferung fehlt');
  });

  it('reads nothing from a list of other tickets, the chrome, or the messages themselves', () => {
    expect(subjectOf('<ul><li>Subject: Another ticket</li></ul>')).toBe('');
    expect(subjectOf('<nav><span>Subject: Saved view</span></nav>')).toBe('');
    expect(subjectOf('<div>Status: open</div>')).toBe('');
  });
});
