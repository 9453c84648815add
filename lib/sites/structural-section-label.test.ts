import { afterEach, describe, expect, it } from 'vitest';
import { isSectionLabel } from './structural-section-label';
import { readStructurally } from './structural';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

const mail = (who: string, email: string, at: string, text: string) =>
  `<div class="t5"><div class="h2x"><b>${who}</b> &lt;${email}&gt; <time datetime="${at}">${at.slice(0, 10)}</time></div><div class="b7">${text}</div></div>`;

describe('a heading naming a part of the page', () => {
  it("is not the subject: an AI summary card's heading between the subject and the thread (German UI)", () => {
    page = htmlPage(
      `<html lang="de"><head><title>Posteingang – Helpdesk</title></head><body><main><h1 class="r1">Lieferung fehlt seit zwei Wochen</h1><section class="z9"><h3>🪄 KI-Zusammenfassung</h3><p>Die Kundin wartet auf ihr Paket und bittet um Rückerstattung.</p></section><div class="p3">${mail('Jana Krüger', 'jana.k@example.de', '2026-12-01T09:00:00Z', 'Guten Tag, mein Paket ist seit zwei Wochen unterwegs. Wo bleibt es?')}${mail('Tom Brandt', 'hilfe@laden.example', '2026-12-01T11:00:00Z', 'Hallo Frau Krüger, wir prüfen das heute mit DHL.')}</div></main></body></html>`,
      'https://desk.example/conversations/88',
    );
    expect(readStructurally(page.document, page.url, { site: 'generic' })?.subject).toBe('Lieferung fehlt seit zwei Wochen');
  });

  it('is matched without the icons and punctuation around its words', () => {
    expect(isSectionLabel('✨ Summary')).toBe(true);
    expect(isSectionLabel('Résumé IA :')).toBe(true);
    expect(isSectionLabel('Summary of my order problem')).toBe(false);
  });
});
