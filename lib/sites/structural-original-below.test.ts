import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

/** A helpdesk (Spanish UI) listing replies newest first, with the ticket's first message set apart below them. */
const reply = (who: string, when: string, text: string) =>
  `<div class="respuesta"><div class="cabecera"><strong>${who}</strong> <time datetime="${when}">${when.slice(0, 10)}</time></div><div class="texto">${text}</div></div>`;
const page = (below: string) =>
  htmlPage(
    `<html lang="es"><head><title>Caso 7720 – Soporte</title></head><body><main>
    <h1>Taza rota en el envío</h1>
    <section class="respuestas">
    ${reply('Marta Gil', '2026-12-03T10:00:00Z', 'Ya tengo la taza nueva, gracias. ¿Devuelvo la rota o la tiro?')}
    ${reply('Pablo Ruiz', '2026-12-02T16:30:00Z', 'Hola Marta, lo sentimos mucho. Hoy mismo sale una taza nueva hacia tu dirección.')}
    </section>
    <h3>Mensaje original</h3>
    <div class="original">${below}</div>
    </main></body></html>`,
    'https://soporte.tienda.example/caso/7720',
  );

describe("the original message set apart below a newest-first page's replies", () => {
  it('is read as the oldest message', () => {
    const shown = page(
      reply('Marta Gil', '2026-12-02T09:15:00Z', 'Hola, la taza de mi pedido llegó rota en dos trozos. Adjunto una foto del paquete.'),
    );
    const thread = readStructurally(shown.document, shown.url, { site: 'generic' })!;
    expect(thread.messages.map((message) => message.author.name)).toEqual(['Marta Gil', 'Pablo Ruiz', 'Marta Gil']);
    expect(thread.messages[0]!.text).toContain('llegó rota');
  });

  it('is not taken when it is no older than the replies (a draft, another ticket)', () => {
    const shown = page(reply('Pablo Ruiz', '2026-12-04T08:00:00Z', 'Borrador: te confirmamos que no hace falta devolver la taza rota.'));
    const thread = readStructurally(shown.document, shown.url, { site: 'generic' })!;
    expect(thread.messages).toHaveLength(2);
  });
});
