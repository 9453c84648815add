import { describe, expect, it } from 'vitest';
import { readStructurally } from '@/lib/sites/structural';
import { accountLabelled } from '@/lib/sites/structural-labelled-account';
import { htmlPage } from '@/lib/sites/testing/fixture-page';

const page = (bar: string) => {
  const entry = (who: string, time: string, label: string, text: string) =>
    `<div class="entrada"><div class="entrada__cab"><span class="entrada__autor">${who}</span>${label}<time datetime="${time}">${time.slice(0, 10)}</time></div><div class="entrada__texto"><p>${text}</p></div></div>`;
  return htmlPage(
    `<!doctype html><html lang="es"><body><div class="app">${bar}<div class="ticket"><div role="heading" aria-level="1">Pedido 4410 incompleto</div><div class="hilo">${
      entry('Ana Torres', '2026-12-01T09:00:00Z', '', 'Hola, en el pedido faltan dos tazas.') +
      entry('Lucía Gómez', '2026-12-01T11:00:00Z', '', 'Hola Ana, te las enviamos hoy mismo.') +
      entry('Pablo Ruiz', '2026-12-01T11:05:00Z', '<span class="chip">Nota interna</span>', 'Reclamación abierta con la agencia.') +
      entry('Ana Torres', '2026-12-03T10:00:00Z', '', 'Ya llegaron, ¡gracias!')
    }</div></div></div></body></html>`,
    'https://soporte.example/t/4410',
  );
};

describe("the signed-in account's control, found by its label where no header or nav holds it", () => {
  it('makes its owner one of us in a div-only layout', () => {
    const { document, url } = page(
      '<div class="barra"><span>Soporte</span><div role="button" aria-label="Tu perfil: Lucía Gómez">LG</div></div>',
    );
    expect(accountLabelled(document).map((element) => element.getAttribute('aria-label'))).toEqual(['Tu perfil: Lucía Gómez']);
    const thread = readStructurally(document, url, { site: 'generic' });
    expect(thread!.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(thread!.customer.name).toBe('Ana Torres');
  });

  it('takes no label without an account prefix (a contact card)', () => {
    const { document } = page('<div class="ficha"><a aria-label="Perfil de Lucía Gómez" title="Lucía Gómez">LG</a></div>');
    expect(accountLabelled(document)).toEqual([]);
  });
});
