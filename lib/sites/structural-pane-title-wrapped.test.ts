import { describe, expect, it } from 'vitest';
import { withPaneTitle } from './structural-pane-title';
import { htmlPage } from './testing/fixture-page';

const list = (body: string) => htmlPage(`<!doctype html><body>${body}</body>`, 'https://chat.example/').document.getElementById('list');
const fromTitle = { text: 'Conversas – Atendimento', score: 0.4 };

describe('withPaneTitle through bare wrappers', () => {
  it("names a chat by the header before the wrappers a build sets around the messages' list", () => {
    const pane = list(
      '<section><header class="bar"><strong>Joana Cardoso</strong><em>Em linha</em></header><div><div><ol id="list"><li>Olá!</li></ol></div></div></section>',
    );
    expect(withPaneTitle(fromTitle, pane)).toEqual({ text: 'Joana Cardoso', score: 0.6 });
  });

  it('stops at a wrapper that says something (an attribute or text of its own)', () => {
    const withClass = list(
      '<section><header><strong>Joana Cardoso</strong></header><div class="scroll"><ol id="list"></ol></div></section>',
    );
    expect(withPaneTitle(fromTitle, withClass)).toEqual(fromTitle);
    const withText = list('<section><header><strong>Joana Cardoso</strong></header><div>Hoje<ol id="list"></ol></div></section>');
    expect(withPaneTitle(fromTitle, withText)).toEqual(fromTitle);
  });
});
