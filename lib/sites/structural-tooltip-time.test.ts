import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { tooltipDate, tooltipTime } from './structural-tooltip-time';
import { htmlPage } from './testing/fixture-page';

const block = (html: string) =>
  htmlPage(`<!doctype html><body><div id="b">${html}</div></body>`, 'https://desk.example/').document.getElementById('b')!;
const local = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

describe('tooltipTime', () => {
  it('reads the full date a relative time keeps in its tooltip, "at" between date and time included', () => {
    expect(tooltipTime(block('<b>Ana</b> replied <span title="Fri, 4 Dec 2026 at 10:31 AM">10 minutes ago</span>'))).toBe(
      local(2026, 11, 4, 10, 31),
    );
    expect(tooltipTime(block('<span title="28. Nov. 2026, 19:40">19:40</span>'))).toBe(local(2026, 10, 28, 19, 40));
  });

  it('takes no tooltip without a year (a name, a bare time, a help text) for a date', () => {
    expect(
      tooltipTime(block('<span title="Ana Lopez">AL</span><span title="19:40">19:40</span><button title="Reply in 2 days">↩</button>')),
    ).toBeUndefined();
    expect(tooltipDate('Created via email')).toBeUndefined();
  });

  it('reads the first dated tooltip of several', () => {
    expect(tooltipTime(block('<span title="Ana">A</span><span title="Tue, 1 Dec 2026 at 8:47 PM">3 days ago</span>'))).toBe(
      local(2026, 11, 1, 20, 47),
    );
  });
});

describe('readStructurally on a newest-first thread', () => {
  it('puts the messages in time order from their tooltips, with the bold names opening their headers as senders', () => {
    const article = (who: string, verb: string, when: string, text: string) =>
      `<article class="c"><header><b>${who}</b> ${verb} <span title="${when}">a while ago</span></header><div class="c-text"><p>${text}</p></div></article>`;
    const page = htmlPage(
      `<!doctype html><body><main><h2 class="ticket-subject">Pedido incompleto</h2><div>${article('Andrés Molina', 'replied', 'Fri, 4 Dec 2026 at 10:31 AM', 'Gracias, pero el paquete trae otra vez sólo una funda.')}${article('Lucía Romero', 'replied', 'Wed, 2 Dec 2026 at 11:05 AM', 'Lamentamos el error, le enviamos hoy la funda que falta.')}${article('Andrés Molina', 'reported via email', 'Tue, 1 Dec 2026 at 8:47 PM', 'Pedí dos fundas y sólo ha llegado la gris.')}</div><textarea aria-label="Reply"></textarea></main></body>`,
      'https://desk.example/tickets/1',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' });
    expect(thread?.messages.map((message) => message.author.name)).toEqual(['Andrés Molina', 'Lucía Romero', 'Andrés Molina']);
    expect(thread?.messages.map((message) => message.sentAt)).toEqual([
      local(2026, 11, 1, 20, 47),
      local(2026, 11, 2, 11, 5),
      local(2026, 11, 4, 10, 31),
    ]);
    expect(thread?.messages.at(-1)?.text).toContain('otra vez');
    expect(thread?.customer.name).toBe('Andrés Molina');
  });
});
