import { describe, expect, it } from 'vitest';
import { readStructurally } from '@/lib/sites/structural';
import { withoutLeadingNotices } from '@/lib/sites/structural-leading-notices';
import { htmlPage } from '@/lib/sites/testing/fixture-page';

const block = (inner: string) =>
  htmlPage(
    `<!doctype html><html lang="de"><body><div id="b">${inner}</div></body></html>`,
    'https://mail.example/',
  ).document.getElementById('b')!;

describe('notices the page writes above a message', () => {
  it('leaves out a status banner and a translate bar that lead the text', () => {
    const b = block(
      '<div role="status"><strong>Vorsicht bei dieser Nachricht</strong><p>Sie erhalten selten E-Mails von jan@beispiel.de.</p></div>' +
        '<div class="leiste">Niederländisch → Deutsch <span role="button">Übersetzen</span> <span role="button">Nie übersetzen</span></div>' +
        '<div>Goedemiddag,</div><div>de lamp is kapot aangekomen.</div>',
    );
    const text =
      'Vorsicht bei dieser Nachricht\nSie erhalten selten E-Mails von jan@beispiel.de.\nNiederländisch → Deutsch Übersetzen Nie übersetzen\nGoedemiddag,\nde lamp is kapot aangekomen.';
    expect(withoutLeadingNotices(b, text)).toBe('Goedemiddag,\nde lamp is kapot aangekomen.');
  });

  it('keeps the same words further in, a line with a small button, and a block that is only a notice', () => {
    const quoted = block('<p>Ich bekam diese Warnung:</p><div role="alert">Vorsicht bei dieser Nachricht</div>');
    expect(withoutLeadingNotices(quoted, 'Ich bekam diese Warnung:\nVorsicht bei dieser Nachricht')).toBe(
      'Ich bekam diese Warnung:\nVorsicht bei dieser Nachricht',
    );
    const liked = block('<p>Danke, alles angekommen! <span role="button">👍</span></p><p>Bis bald.</p>');
    expect(withoutLeadingNotices(liked, 'Danke, alles angekommen! 👍\nBis bald.')).toBe('Danke, alles angekommen! 👍\nBis bald.');
    const only = block('<div role="status">Nachricht wurde zurückgerufen</div>');
    expect(withoutLeadingNotices(only, 'Nachricht wurde zurückgerufen')).toBe('Nachricht wurde zurückgerufen');
  });

  it("gives the structural reader the customer's words, not the webmail's banner", () => {
    const mail = (who: string, time: string, notice: string, text: string) =>
      `<div class="mail"><div class="kopf"><b class="absender">${who}</b> <time datetime="${time}">${time.slice(0, 10)}</time></div>${notice}<div>${text}</div></div>`;
    const { document, url } = htmlPage(
      `<!doctype html><html lang="de"><body><main><h2>Lamp kapot</h2><div class="verlauf">${
        mail('Jan de Vries &lt;jan@beispiel.nl&gt;', '2026-12-05T09:00:00Z', '', 'Goedemorgen, de lamp is kapot.') +
        mail('Laden Sonne &lt;hallo@laden.example&gt;', '2026-12-05T11:00:00Z', '', 'Das tut uns leid! Bitte ein Foto schicken.') +
        mail(
          'Jan de Vries &lt;jan@beispiel.nl&gt;',
          '2026-12-06T08:00:00Z',
          '<div role="alert"><p>Vorsicht bei dieser Nachricht</p><p>Sie erhalten selten E-Mails von jan@beispiel.nl.</p></div>',
          'Hier is de foto van de scherven.',
        )
      }</div></main></body></html>`,
      'https://mail.example/#inbox/1',
    );
    expect(readStructurally(document, url, { site: 'generic' })?.messages.at(-1)?.text).toBe('Hier is de foto van de scherven.');
  });
});
