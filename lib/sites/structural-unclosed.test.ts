import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { nestedMessages } from './structural-unclosed';
import { htmlPage } from './testing/fixture-page';

const URL_ = 'https://soporte.example/casos/7781';
const page = (body: string) =>
  htmlPage(`<!doctype html><html lang="es"><head><title>Caso 7781</title></head><body>${body}</body></html>`, URL_);
/** A helpdesk's reply card; `open` leaves its closing tag out, as a page's template sometimes does. */
const card = (who: string, time: string, text: string, open = false) =>
  `<section class="ticket-reply"><p class="reply-from">${who}</p><time datetime="${time}">${time.slice(11)}</time><div class="reply-body"><p>${text}</p></div>${open ? '' : '</section>'}`;
const MARTA = 'Marta Gil <marta.gil@example.es>';
const AGENT = 'Pablo (Cerámica Sol)';

describe('nestedMessages: a message the page nested in the one before by leaving a tag unclosed', () => {
  it('reads the nested reply as the next message, not as words of the one around it', () => {
    const { document, url } = page(
      `<main><h1>Taza rota en el envío</h1><div class="replies">${card(MARTA, '2026-12-01T09:10', 'Hola, la taza llegó rota. Adjunto una foto del paquete.')}${card(AGENT, '2026-12-01T11:30', 'Lo sentimos mucho. ¿Prefiere reembolso o una taza nueva?', true)}${card(MARTA, '2026-12-01T13:05', 'Una taza nueva, por favor, a la misma dirección.')}</div></main>`,
    );
    const thread = readStructurally(document, url, { site: 'generic' })!;
    expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.messages.at(-1)!.text).toBe('Una taza nueva, por favor, a la misma dirección.');
    expect(thread.messages[1]!.text).toBe('Lo sentimos mucho. ¿Prefiere reembolso o una taza nueva?');
    // The page itself is left as it was.
    expect(document.querySelectorAll('.replies > .ticket-reply')).toHaveLength(2);
  });

  it('reads a thread whose every message is nested in the one before (no two blocks side by side)', () => {
    const { document, url } = page(
      `<main><h1>Taza rota en el envío</h1><div class="replies">${card(MARTA, '2026-12-01T09:10', 'Hola, la taza llegó rota. Adjunto una foto del paquete.', true)}${card(AGENT, '2026-12-01T11:30', 'Lo sentimos mucho. ¿Prefiere reembolso o una taza nueva?', true)}${card(MARTA, '2026-12-01T13:05', 'Una taza nueva, por favor, a la misma dirección.', true)}</div></main>`,
    );
    const thread = readStructurally(document, url, { site: 'generic' })!;
    expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.messages.at(-1)!.text).toBe('Una taza nueva, por favor, a la misma dirección.');
  });

  it('reads a chain of messages, each nested in the one before, in page order', () => {
    const { document, url } = page(
      `<main><div class="replies">${card(MARTA, '2026-12-01T09:10', 'Hola, la taza llegó rota. Adjunto una foto del paquete.')}${card(AGENT, '2026-12-01T11:30', 'Lo sentimos mucho. ¿Prefiere reembolso o una taza nueva?', true)}${card(MARTA, '2026-12-01T13:05', 'Una taza nueva, por favor, a la misma dirección.', true)}${card(AGENT, '2026-12-01T15:00', 'Enviada hoy, le llegará el jueves.')}</div></main>`,
    );
    const thread = readStructurally(document, url, { site: 'generic' })!;
    expect(thread.messages.map((message) => message.text.slice(0, 12))).toEqual([
      'Hola, la taz',
      'Lo sentimos ',
      'Una taza nue',
      'Enviada hoy,',
    ]);
  });

  it('leaves a quoted card, a plain box and a card without a sender in the message', () => {
    const { document } = page(
      `<section class="ticket-reply"><p class="reply-from">${MARTA}</p><div class="reply-body"><p>Sigo esperando.</p><blockquote>${card(AGENT, '2026-12-01T11:30', 'Lo sentimos mucho.')}</blockquote><div><div><p class="reply-from">${AGENT}</p></div></div><section class="ticket-reply"><p>Sin remitente</p></section></div></section>`,
    );
    expect(nestedMessages(document.querySelector('section')!)).toEqual([]);
  });

  it('reads a message nested after an earlier read of the same page (what is remembered is forgotten on change)', async () => {
    const { document, url } = page(
      `<main><div class="replies">${card(MARTA, '2026-12-01T09:10', 'Hola, la taza llegó rota. Adjunto una foto del paquete.')}${card(AGENT, '2026-12-01T11:30', 'Lo sentimos mucho. ¿Prefiere reembolso o una taza nueva?')}</div></main>`,
    );
    expect(readStructurally(document, url, { site: 'generic' })!.messages).toHaveLength(2);
    document
      .querySelectorAll('.ticket-reply')[1]!
      .insertAdjacentHTML('beforeend', card(MARTA, '2026-12-01T13:05', 'Una taza nueva, por favor.'));
    expect(readStructurally(document, url, { site: 'generic' })!.messages.map((message) => message.text)).toEqual([
      'Hola, la taza llegó rota. Adjunto una foto del paquete.',
      'Lo sentimos mucho. ¿Prefiere reembolso o una taza nueva?',
      'Una taza nueva, por favor.',
    ]);
  });
});
