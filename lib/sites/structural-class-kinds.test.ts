import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { classTokensOf } from './generic-class-words';
import { classKindRoles } from './structural-class-kinds';
import { htmlPage } from './testing/fixture-page';

// A helpdesk build whose classes are all hashed (CSS modules): only their sameness is left to read.
const read = (items: string) => {
  const { document, url } = htmlPage(
    `<!doctype html><html lang="es"><body><main class="r0Tz"><h1 class="h5Qa">Lámpara rota al llegar</h1>
     <ol class="l8Wn">${items}</ol></main></body></html>`,
    'https://ayuda.example/tickets/8812',
  );
  return readStructurally(document, url, { site: 'generic' });
};
const item = (classes: string, name: string, time: string, text: string) =>
  `<li class="${classes}"><div class="p3Vb"><b>${name}</b> <time datetime="${time}">${time.slice(5, 10)}</time></div><p>${text}</p></li>`;

describe('roles from hashed class kinds', () => {
  it("reads a second agent's reply as ours: it lacks the class every customer message carries", () => {
    const thread = read(
      item('k1Pa m4Cq', 'Lucía Ortega', '2026-12-01T09:00:00Z', 'Hola, la lámpara llegó con la pantalla rota. ¿Me enviáis otra?') +
        item('k1Pa z8Rt', 'Jorge Sanz', '2026-12-01T11:00:00Z', 'Hola Lucía, lo sentimos mucho. Te enviamos una nueva hoy mismo.') +
        item('n2Xe', 'Marta Gil', '2026-12-01T11:05:00Z', 'Nota interna: pedir al almacén que revise el embalaje del lote.') +
        item('k1Pa m4Cq', 'Lucía Ortega', '2026-12-03T18:00:00Z', 'Gracias, ¿sabéis cuándo llegará? Necesito el número de envío.'),
    );
    expect(thread?.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(thread?.customer.name).toBe('Lucía Ortega');
  });

  it("reads an unsigned automatic reply as ours when it shares our reply's class", () => {
    const thread = read(
      item('k1Pa m4Cq', 'Lucía Ortega', '2026-12-01T09:00:00Z', 'Hola, la lámpara llegó con la pantalla rota. ¿Me enviáis otra?') +
        `<li class="k1Pa z8Rt y6Ub"><p>Hemos recibido tu mensaje y te responderemos en menos de 24 horas laborables.</p></li>` +
        item('k1Pa z8Rt', 'Jorge Sanz', '2026-12-01T11:00:00Z', 'Hola Lucía, lo sentimos mucho. Te enviamos una nueva hoy mismo.') +
        item('k1Pa m4Cq', 'Lucía Ortega', '2026-12-03T18:00:00Z', 'Gracias, ¿sabéis cuándo llegará? Necesito el número de envío.'),
    );
    expect(thread?.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
  });
});

describe('classKindRoles', () => {
  const keys = ['ana', 'ben', 'cy', 'ana'];
  it('gives an unvoted block the side of a class only that side carries', () => {
    expect(
      classKindRoles(
        [
          ['a', 'c'],
          ['a', 'o'],
          ['a', 'o'],
          ['a', 'c'],
        ],
        keys,
        [null, 'agent', null, null],
        'ana',
      ),
    ).toEqual([null, 'agent', 'agent', null]);
  });

  it('leaves a block alone whose classes both sides carry, or when the customer has one message only', () => {
    expect(classKindRoles([['c'], ['r'], ['r', 'n'], ['c']], keys, [null, null, 'agent', null], 'ana')).toEqual([
      null,
      'agent',
      'agent',
      null,
    ]);
    expect(classKindRoles([['c'], ['r'], ['r', 'n'], ['r']], keys, [null, null, 'agent', null], 'ana')).toEqual([
      null,
      null,
      'agent',
      null,
    ]);
    expect(classKindRoles([['c'], ['r'], ['n'], ['r']], ['ana', 'ben', 'cy', 'dee'], [null, null, 'agent', null], 'ana')).toEqual([
      null,
      null,
      'agent',
      null,
    ]);
  });

  it('gives no side when evidence makes the customer one of us, nor with the agents only guessed', () => {
    expect(classKindRoles([['c'], ['r'], ['n'], ['c']], keys, ['agent', null, 'agent', null], 'ana')).toEqual([
      'agent',
      null,
      'agent',
      null,
    ]);
    expect(classKindRoles([['c'], ['o'], ['o'], ['d']], keys, [null, 'agent', null, null], 'ana', true)).toEqual([
      null,
      'agent',
      null,
      null,
    ]);
  });

  it('reads class tokens bounded', () => {
    const { document } = htmlPage(`<div class="  a1  b2 ${'c'.repeat(300)}"></div>`, 'https://x.example/');
    expect(classTokensOf(document.querySelector('div')!)).toEqual(['a1', 'b2', 'c'.repeat(191)]);
  });
});
