import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

/** A Help-Desk-like log (not Freshdesk's markup): each entry's class says which way it went. */
const entry = (direction: string, who: string, label: string, text: string, at: string) =>
  `<section class="log-entry log-entry--${direction}"><header class="log-entry__head"><span class="log-entry__author">${who}</span> ${label} <time datetime="${at}">${at.slice(0, 10)}</time></header><div class="log-entry__text">${text}</div></section>`;
const read = (note: string) => {
  const { document, url } = htmlPage(
    `<!doctype html><html lang="ru"><body><main><h1 class="log-title">Валенки: не тот размер</h1><div class="log">
      ${entry('incoming', 'Ilya Orlov', '', '<p>Коллеги, клиентка с ярмарки пишет про размер, передаю вам.</p><p>-------- Forwarded message --------<br>From: Olga Petrova &lt;olga.p@example.ru&gt;<br>To: ilya@valenki.example</p><p>Мне прислали 36 вместо 38.</p>', '2026-12-04T09:12:00Z')}
      ${entry('outgoing', 'Vera Sokolova', '', 'Ольга, здравствуйте! Конечно, обменяем на 38-й.', '2026-12-04T11:05:00Z')}
      ${entry('internal', 'Ilya Orlov', note, '38-й остался только серый.', '2026-12-04T11:30:00Z')}
      ${entry('incoming', 'Olga Petrova &lt;olga.p@example.ru&gt;', '', 'Спасибо! Серый тоже подойдёт. Когда приедет курьер?', '2026-12-07T05:44:00Z')}
    </div></main></body></html>`,
    'https://felt.helpdesk.example/tickets/48215',
  );
  const thread = readStructurally(document, url, { site: 'generic' })!;
  return { roles: thread.messages.map((message) => message.role), customer: thread.customer };
};

describe("a writer's stronger vote decides a block whose own vote is weaker", () => {
  it('reads the colleague who forwarded the mail in as ours, as his internal note (Russian label) says', () => {
    expect(read('Личная заметка')).toEqual({
      roles: ['agent', 'agent', 'agent', 'customer'],
      customer: { name: 'Olga Petrova', email: 'olga.p@example.ru' },
    });
  });

  it('leaves his forward incoming when nothing but the block classes speaks for him', () => {
    expect(read('').roles).toEqual(['customer', 'agent', 'agent', 'customer']);
  });
});
