import { describe, expect, it } from 'vitest';
import { inContainers } from './structural-containers';
import { htmlPage } from './testing/fixture-page';

/** One workspace tab's conversation: two dated messages in a list the app marks as a feed. */
const entry = (who: string, text: string, day: number) =>
  `<li class="entry"><strong>${who}</strong> <time datetime="2026-12-0${day}T10:00:00Z">${day} déc.</time><p>${text}</p></li>`;
const pane = (hiding: string, who: string) =>
  `<div class="tabpanel" ${hiding}><ul role="feed">${entry(who, "Bonjour, ma commande n'est toujours pas arrivée, pouvez-vous vérifier le suivi ?", 1)}${entry('Équipe', 'Bonjour, nous vérifions avec le transporteur et revenons vers vous demain.', 2)}</ul></div>`;

const readIn = (body: string) => {
  const { document } = htmlPage(`<html><body><main>${body}</main></body></html>`, 'https://desk.example/t/2');
  const found = inContainers(document, ['#gone-with-the-build', '[role="feed"]']);
  return found?.blocks.map((block) => block.querySelector('strong')?.textContent);
};

describe('inContainers', () => {
  it("reads the open tab's conversation, not an earlier tab the app keeps hidden", () => {
    expect(readIn(pane('style="display: none"', 'Léa') + pane('', 'Hugo'))).toEqual(['Hugo', 'Équipe']);
    expect(readIn(pane('aria-hidden="true"', 'Léa') + pane('', 'Hugo'))).toEqual(['Hugo', 'Équipe']);
  });

  it('finds nothing in the containers when only a hidden one holds a conversation (the whole page is read then)', () => {
    expect(readIn(pane('hidden', 'Léa'))).toBeUndefined();
  });

  it('skips a selector the page cannot parse', () => {
    const { document } = htmlPage(`<html><body>${pane('', 'Hugo')}</body></html>`, 'https://desk.example/t/2');
    expect(inContainers(document, ['[data-x=', '[role="feed"]'])?.blocks).toHaveLength(2);
  });
});
