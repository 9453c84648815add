import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';
import { isMessageRow } from './generic-message-row';

/** A forum-style support page (French UI) that lays each reply out as a table row: author cell, text cell. */
const row = (kind: string, who: string, when: string, text: string) =>
  `<tr class="post post-${kind}"><td class="auteur"><b>${who}</b><br><span class="date">${when}</span></td><td class="corps">${text}</td></tr>`;
const page = htmlPage(
  `<html lang="fr"><head><title>Demande 3310 – Assistance</title></head><body><div id="page">
  <h2>Housse de couette déchirée</h2>
  <table class="discussion"><tbody>
  ${row('client', 'Léa Marchand', '2026-12-01 09:12', 'Bonjour, la housse reçue hier est déchirée sur un côté. Pouvez-vous l’échanger ?')}
  ${row('equipe', 'Hugo Petit', '2026-12-01 11:40', 'Bonjour Léa, désolé ! Nous envoyons une nouvelle housse dès demain.')}
  ${row('client', 'Léa Marchand', '2026-12-02 08:05', 'Merci beaucoup, je garde l’ancienne jusqu’à réception alors.')}
  </tbody></table></div></body></html>`,
  'https://aide.boutique.example/demande/3310',
);

describe('a table row that is a message', () => {
  it('is told by a class naming it a message, not by being a row', () => {
    const [first] = page.document.querySelectorAll('tr');
    expect(isMessageRow(first!)).toBe(true);
    const record = htmlPage('<table><tr class="order-line"><td>#3310</td></tr></table>', 'https://x.example/').document;
    expect(isMessageRow(record.querySelector('tr')!)).toBe(false);
  });

  it("reads a table-layout helpdesk's replies, one a row", () => {
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map((message) => message.author.name)).toEqual(['Léa Marchand', 'Hugo Petit', 'Léa Marchand']);
    expect(thread.messages.at(-1)!.text).toContain('je garde l’ancienne');
  });
});
