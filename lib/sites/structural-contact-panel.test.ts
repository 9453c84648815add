import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';
import { contactPanel } from './structural-contact-panel';

/** A messenger-style helpdesk (German UI): no bubble names its sender, sides tell the roles; the contact panel names her. */
const bubble = (side: string, time: string, text: string) =>
  `<div class="row row-${side}"><div class="bubble">${text}</div><time>${time}</time></div>`;
const page = (panel: string) =>
  htmlPage(
    `<html lang="de"><head><title>Posteingang</title></head><body><main><h1>Falsche Größe geliefert</h1><div role="log">
    ${bubble('left', '09:02', 'Guten Morgen, ich habe Größe 38 bestellt und 40 bekommen. Kann ich tauschen?')}
    ${bubble('right', '09:20', 'Guten Morgen! Ja, gern. Das Rücksendeetikett kommt gleich per Mail.')}
    ${bubble('left', '09:31', 'Danke, das Etikett ist da. Ich schicke die Schuhe heute zurück.')}
    </div></main>${panel}</body></html>`,
    'https://desk.example/gespraeche/731',
  );

describe("a helpdesk's contact side panel", () => {
  it('names the customer, and her address, when the messages do not', () => {
    const shown = page(
      '<div class="side" aria-label="Kontaktdaten"><strong>Hanna Vogel</strong><p>hanna.vogel@example.de</p><p>Leipzig</p></div>',
    );
    const thread = readStructurally(shown.document, shown.url, { site: 'generic' })!;
    expect(thread.customer).toEqual({ name: 'Hanna Vogel', email: 'hanna.vogel@example.de' });
  });

  it('is found by its heading too, and names nobody when it lists several addresses or only ours', () => {
    const headed = page('<section><h3>연락처</h3><h4>Hanna Vogel</h4><a href="mailto:hanna.vogel@example.de">E-Mail</a></section>');
    expect(contactPanel(headed.document, headed.document.querySelector('[role=log]'), [])).toEqual({
      name: 'Hanna Vogel',
      email: 'hanna.vogel@example.de',
    });
    const many = page('<aside aria-label="Kontakte"><p>a.b@example.de</p><p>c.d@example.de</p></aside>');
    expect(contactPanel(many.document, many.document.querySelector('[role=log]'), [])).toBeNull();
    const nameless = page('<aside aria-label="Contact"><p>hanna.vogel@example.de</p></aside>');
    expect(contactPanel(nameless.document, nameless.document.querySelector('[role=log]'), [])).toBeNull();
    const ourOwn = page('<aside aria-label="Contact"><h4>Shop</h4><p>team@shop.example</p></aside>');
    expect(contactPanel(ourOwn.document, ourOwn.document.querySelector('[role=log]'), ['team@shop.example'])).toBeNull();
  });

  it("is the innermost panel so labelled: a sidebar's other sections' headings are no name", () => {
    const nested = page(
      '<aside aria-label="Propriétés du ticket et contact"><section><h3>Propriétés</h3><p>Statut : ouvert</p></section>' +
        '<section><h3>Contact</h3><a href="/contacts/9">Hanna Vogel</a><p>hanna.vogel@example.de</p></section></aside>',
    );
    expect(contactPanel(nested.document, nested.document.querySelector('[role=log]'), [])).toEqual({
      name: 'Hanna Vogel',
      email: 'hanna.vogel@example.de',
    });
  });
});

describe("a live chat's visitor panel", () => {
  // Live-chat tools call the customer the visitor ("Visitante", "Besucher", "Odwiedzający", 2026-12-07).
  it('names the visitor, and her address from a details list, when the bubbles do not', () => {
    const shown = page(
      '<section aria-label="Datos del visitante"><h3>Inés Robles</h3><dl><dt>Correo</dt><dd>ines.robles@example.es</dd><dt>Ciudad</dt><dd>Sevilla</dd></dl></section>',
    );
    const thread = readStructurally(shown.document, shown.url, { site: 'generic' })!;
    expect(thread.customer).toEqual({ name: 'Inés Robles', email: 'ines.robles@example.es' });
  });
});
