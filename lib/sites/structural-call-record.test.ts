import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const read = (body: string) => {
  const page = htmlPage(
    `<!doctype html><html lang="pt"><head><title>Atendimento</title></head><body><main><h1>Cadeira com perna solta</h1><ol class="feed">${body}</ol></main></body></html>`,
    'https://help.example/tickets/3307',
  );
  return readStructurally(page.document, page.url, { site: 'generic' });
};
const entry = (kind: string, who: string, email: string, time: string, text: string) =>
  `<li class="entry entry-${kind}"><div class="top"><b>${who}</b> <span>${email}</span> <time datetime="${time}">${time.slice(11, 16)}</time></div><div class="text">${text}</div></li>`;
const summary = (thread: ReturnType<typeof read>) => thread?.messages.map(({ author, role }) => `${author.name ?? '?'}:${role}`);

describe('a telephony record in the timeline', () => {
  it('is no message when nobody signs it, in whatever language', () => {
    const thread = read(
      entry(
        'mail',
        'Beatriz Rocha',
        'bia.rocha@example.pt',
        '2026-12-01T09:00:00Z',
        'A cadeira chegou com uma perna solta. Podem trocar?',
      ) +
        entry(
          'mail',
          'Tiago Lopes',
          'ajuda@moveis.example',
          '2026-12-01T11:00:00Z',
          'Lamentamos! Vamos ligar-lhe hoje para combinar a troca.',
        ) +
        `<li class="entry entry-call"><div class="text">📞 Chamada efetuada · 2 min 05 s · sem resposta · 1 dez. 15:00</div></li>` +
        entry('chat', 'Beatriz Rocha', '', '2026-12-02T08:00:00Z', 'Desculpe, estava a trabalhar. Podem ligar amanhã de manhã?'),
    );
    expect(summary(thread)).toEqual(['Beatriz Rocha:customer', 'Tiago Lopes:agent', 'Beatriz Rocha:customer']);
  });

  it('is a message of whoever logged it with a note', () => {
    const thread = read(
      entry(
        'mail',
        'Beatriz Rocha',
        'bia.rocha@example.pt',
        '2026-12-01T09:00:00Z',
        'A cadeira chegou com uma perna solta. Podem trocar?',
      ) +
        entry('call', 'Tiago Lopes', 'ajuda@moveis.example', '2026-12-01T15:00:00Z', 'Liguei à cliente: troca combinada para sexta.') +
        entry('mail', 'Beatriz Rocha', 'bia.rocha@example.pt', '2026-12-02T08:00:00Z', 'Obrigada, sexta está ótimo.'),
    );
    expect(summary(thread)).toEqual(['Beatriz Rocha:customer', 'Tiago Lopes:agent', 'Beatriz Rocha:customer']);
  });

  it("is the caller's message when a voicemail the page files among its events is signed by the caller", () => {
    const voicemail = `<li class="entry entry-event entry-event--voicemail"><div class="top"><b>Beatriz Rocha</b> <span>Correio de voz · 0:41</span> <time datetime="2026-12-01T08:00:00Z">08:00</time></div><audio controls src="/rec/5"></audio><p>Transcrição: Bom dia, a cadeira chegou com uma perna solta, liguem-me por favor.</p></li>`;
    const status = `<li class="entry entry-event"><div class="text">Estado alterado de Novo para Aberto</div></li>`;
    const thread = read(
      voicemail +
        status +
        entry('mail', 'Tiago Lopes', 'ajuda@moveis.example', '2026-12-01T11:00:00Z', 'Bom dia Beatriz, enviamos hoje uma perna nova.') +
        entry('mail', 'Beatriz Rocha', 'bia.rocha@example.pt', '2026-12-02T08:00:00Z', 'Obrigada, chegou e já está montada.'),
    );
    expect(summary(thread)).toEqual(['Beatriz Rocha:customer', 'Tiago Lopes:agent', 'Beatriz Rocha:customer']);
  });
});
