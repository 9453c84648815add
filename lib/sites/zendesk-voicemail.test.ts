import { describe, expect, it } from 'vitest';
import { htmlPage } from './testing/fixture-page';
import { zendesk } from './zendesk';

/** A ticket opened by a Talk voicemail: a log item (no comment item) with the recording and its transcript; German UI. */
const comment = (type: string, who: string, at: string, text: string) =>
  `<article data-test-id="omni-log-comment-item"><div><span data-test-id="omni-log-item-sender">${who}</span> <time datetime="${at}">${at.slice(0, 10)}</time></div><div data-test-id="omni-log-item-message" type="${type}"><div data-test-id="omni-log-message-content"><p>${text}</p></div></div></article>`;
const PAGE = `<html lang="de"><head><title>Voicemail von +43 1 000 44 – Zendesk</title></head><body><main><div data-ticket-id="7710">
  <div data-test-id="ticket-system-field-requester-menu"><label>Anfragender</label><span data-test-id="ticket-system-field-requester-name">Herbert Pichler</span></div>
  <input data-test-id="omni-header-subject" aria-label="Betreff" value="Voicemail von +43 1 000 44">
  <div data-test-id="omni-log-container" role="log">
    <div data-test-id="omni-log-item"><p><span data-test-id="omni-log-item-sender">Herbert Pichler</span> Voicemail · 1:02 <time datetime="2026-12-01T08:00:00Z">1. Dez.</time></p><audio controls src="/voice/rec/1"></audio><div class="call-transcript-text">Grüß Gott, die Kaffeemühle mahlt nicht mehr fein, bitte um Rückruf.</div></div>
    <div data-test-id="omni-log-item"><span>Status geändert: Neu → Offen</span></div>
    ${comment('agent', 'Sabine Huber', '2026-12-01T10:00:00Z', 'Grüß Gott Herr Pichler, wir schicken Ihnen ein neues Mahlwerk.')}
    ${comment('end-user', 'Herbert Pichler', '2026-12-02T09:00:00Z', 'Danke, das Mahlwerk ist angekommen und passt.')}
  </div></div></main></body></html>`;

describe('zendesk ticket opened by a Talk voicemail', () => {
  it("reads the voicemail as the caller's first message, its transcript as its text, and no status line", () => {
    const page = htmlPage(PAGE, 'https://kaffee.zendesk.com/agent/tickets/7710');
    const thread = zendesk.readThread(page.document, page.url);
    expect(thread?.messages.map(({ author, role }) => `${author.name}:${role}`)).toEqual([
      'Herbert Pichler:customer',
      'Sabine Huber:agent',
      'Herbert Pichler:customer',
    ]);
    expect(thread?.messages[0]?.text).toBe('Grüß Gott, die Kaffeemühle mahlt nicht mehr fein, bitte um Rückruf.');
  });
});
