import { describe, expect, it } from 'vitest';
import { readAuthor, senderOf } from './generic-author';
import { htmlPage } from './testing/fixture-page';

/** A block of a build with hashed class names: no sender element, a written-out sender line or none. */
const authorOf = (inner: string) => {
  const block = htmlPage(`<body><div class="q8f2">${inner}</div></body>`, 'https://desk.example/1').document.querySelector('.q8f2')!;
  return readAuthor(block, senderOf(block), block.querySelector('a[href^="mailto:"]'));
};
const BODY =
  '<p>Hola otra vez, la lámpara llegó hoy pero la pantalla está rayada por un lado. ¿Me podéis mandar otra pantalla o tengo que devolver la lámpara entera?</p>';

describe('the name written before an address', () => {
  it('names the sender in the header line', () => {
    expect(authorOf(`<div>Lucía Gómez &lt;lucia.gomez@example.es&gt;</div>${BODY}`).name).toBe('Lucía Gómez');
  });

  it('is not the sender when it opens a quoted mail after the text ("…, Tienda Sol <hola@…> escribió:")', () => {
    const quoted = `<blockquote>El lun, 1 dic 2026 a las 10:02, Tienda Sol &lt;hola@tiendasol.example&gt; escribió:<br>Hola Lucía, te enviamos la lámpara hoy.</blockquote>`;
    expect(authorOf(`<div>Lucía Gómez · 3 dic</div>${BODY}${quoted}`).name ?? '').not.toMatch(/Tienda Sol/);
  });
});
