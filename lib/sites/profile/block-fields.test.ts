import { describe, expect, it } from 'vitest';
import { htmlPage } from '../testing/fixture-page';
import { bodyText, emailIn, nameIn, textOf, timeOf } from './block-fields';

const page = htmlPage(
  `<html><body>
  <div id="from">Von: <span>Jonas Berg &lt;jonas@post.example&gt;</span></div>
  <div id="sender">From: Mia Lund &lt;mia@mail.example&gt;</div>
  <a id="mail" href="mailto:kim@inbox.example">Kim</a>
  <button id="icon" aria-label="Antworten"></button>
  <span id="when" title="2026-12-03T10:15:00Z">gestern</span>
  <div id="body"><p>Das Paket fehlt.</p><div class="sig">Gesendet vom Handy</div></div>
  </body></html>`,
  'https://desk.example/',
);
const byId = (id: string) => page.document.getElementById(id);

describe("a message block's fields", () => {
  it('takes a sender line\'s name without its "From:" or address', () => {
    expect(nameIn(byId('sender'))).toBe('Mia Lund');
  });

  it('finds an address in an attribute or in the text', () => {
    expect(emailIn(byId('mail'))).toBe('kim@inbox.example');
    expect(emailIn(byId('from'))).toBe('jonas@post.example');
    expect(emailIn(null)).toBeUndefined();
  });

  it("reads an icon-only element's label", () => {
    expect(textOf(byId('icon'))).toBe('Antworten');
  });

  it('reads a time an attribute states', () => {
    expect(timeOf(byId('when')!)).toBe('2026-12-03T10:15:00.000Z');
  });

  it("leaves out the profile's ignored parts of a body", () => {
    expect(bodyText(byId('body')!, '.sig')).toBe('Das Paket fehlt.');
  });
});
