import { afterEach, describe, expect, it } from 'vitest';
import { senderLineLink } from './sender-line-link';
import { readStructurally } from './structural';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

// A bare mail archive (no app classes): sender lines written out, the reply quoting the shop's mail with a linked address.
const mail = (from: string, address: string, body: string) =>
  `<section><p><strong>${from}</strong> &lt;${address}&gt; · 3 dic 2026</p><div>${body}</div></section><hr>`;
const quoted =
  '<p>Hola de nuevo, gracias por la respuesta tan rápida. ¿Y si pido dos juegos, me hacéis algún descuento y me los mandáis en un solo paquete?</p><p>Lucía</p><p>El mié, 2 dic 2026, Cerámica Sol &lt;<a href="mailto:ventas@ceramica-sol.example.es">ventas@ceramica-sol.example.es</a>&gt; escribió:</p>' +
  '<blockquote>Hola Lucía, el juego de tazas cuesta 48 €. El envío a Valencia tarda dos días laborables.</blockquote>';

describe('the sender line link of a message block', () => {
  it('is a link in the opening words, not one in a quoted mail further in', () => {
    page = htmlPage(
      `<!doctype html><body><div id="a"><p><a href="mailto:lucia@example.es">Lucía Ferrer</a></p><p>Hola</p></div><div id="b">${mail('Lucía Ferrer', 'lucia@example.es', quoted)}</div></body>`,
      'https://archive.example/thread/1',
    );
    expect(senderLineLink(page.document.getElementById('a')!)?.getAttribute('href')).toBe('mailto:lucia@example.es');
    expect(senderLineLink(page.document.getElementById('b')!)).toBeNull();
  });

  it("leaves the customer's reply hers when it quotes the shop's linked address (Spanish, bare markup)", () => {
    page = htmlPage(
      `<!doctype html><html lang="es"><head><title>Juego de tazas</title></head><body><p>Cerámica Sol &lt;ventas@ceramica-sol.example.es&gt;</p><hr><h1>Juego de tazas</h1><main>` +
        mail(
          'Lucía Ferrer',
          'lucia@example.es',
          '<p>Buenas, ¿cuánto cuesta el juego de tazas azul y cuánto tarda el envío a Valencia?</p><p>Lucía</p>',
        ) +
        mail(
          'Cerámica Sol',
          'ventas@ceramica-sol.example.es',
          '<p>Hola Lucía, el juego de tazas cuesta 48 €. El envío a Valencia tarda dos días laborables.</p>',
        ) +
        mail('Lucía Ferrer', 'lucia@example.es', quoted) +
        '</main></body></html>',
      'https://archive.example/thread/2',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' });
    expect(thread?.messages.map((message) => message.author.email)).toEqual([
      'lucia@example.es',
      'ventas@ceramica-sol.example.es',
      'lucia@example.es',
    ]);
    expect(thread?.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread?.customer.email).toBe('lucia@example.es');
  });
});
