import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';
import { fromLeadingKin } from './generic-leading-kin';

/** A live chat (Spanish UI) where only our bubbles show who wrote them; the visitor's show their text and time. */
const visitor = (time: string, text: string) =>
  `<li class="chat-line chat-line--in"><div class="chat-line__text">${text}</div><small class="chat-line__at">${time}</small></li>`;
const ours = (who: string, time: string, text: string) =>
  `<li class="chat-line chat-line--out"><div class="chat-line__text">${text}</div><small><span class="chat-line__author">${who}</span> · <span class="chat-line__at">${time}</span></small></li>`;

describe("a chat's opening bubble of the side that shows no sender line", () => {
  it('is read with the rest of the conversation', () => {
    const page = htmlPage(
      `<html lang="es"><head><title>Chat en vivo</title></head><body><main><h1>Pedido 5521 sin llegar</h1><ul class="chat-log">
      <li class="chat-banner">Chat iniciado desde la web · 2 dic., 10:01</li>
      ${visitor('10:01', 'Hola, mi pedido 5521 no ha llegado y el seguimiento no se mueve desde el lunes.')}
      ${ours('Marta Gil', '10:09', 'Hola, lo siento mucho. Lo reviso con la agencia ahora mismo.')}
      ${ours('Marta Gil', '10:12', 'La agencia dice que sale hoy del almacén de Zaragoza.')}
      ${visitor('10:15', 'Gracias, lo necesito antes del sábado si es posible.')}
      </ul></main></body></html>`,
      'https://chat.example/conversaciones/5521',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map(({ role, text }) => `${role}:${text.split(' ').slice(0, 3).join(' ')}`)).toEqual([
      'customer:Hola, mi pedido',
      'agent:Hola, lo siento',
      'agent:La agencia dice',
      'customer:Gracias, lo necesito',
    ]);
  });

  it('keeps what sits before the first cued block when it is of another kind', () => {
    const page = htmlPage('<div><p class="a">x</p><p class="b">y</p><p class="c">z</p><p class="b">w</p></div>', 'https://x.example/');
    const [a, b, c, d] = Array.from(page.document.querySelectorAll('p'));
    const cued = (element: Element) => element === c;
    expect(fromLeadingKin([a!, b!, c!, d!], 2, cued)).toEqual([b, c, d]);
    expect(fromLeadingKin([a!, c!, d!], 1, cued)).toEqual([c, d]);
  });
});
