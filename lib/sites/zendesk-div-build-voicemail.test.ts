import { describe, expect, it } from 'vitest';
import { htmlPage } from './testing/fixture-page';
import { zendesk } from './zendesk';

/**
 * A div-only build (no `article`, test ids kept) of a ticket a Talk voicemail opened; Dutch UI, Frisian caller.
 * The voicemail is a div on every build: a comment selector bound to `article` would leave it the only message.
 */
const comment = (type: string, who: string, at: string, text: string) =>
  `<div class="x-row" data-test-id="omni-log-comment-item"><div><span data-test-id="omni-log-item-sender">${who}</span> <time datetime="${at}">${at.slice(0, 10)}</time></div><div data-test-id="omni-log-item-message" type="${type}"><div data-test-id="omni-log-message-content"><p>${text}</p></div></div></div>`;
const PAGE = `<html lang="nl"><head><title>Voicemail van +31 58 000 12 – Zendesk</title></head><body><div><div data-ticket-id="5120">
  <div data-test-id="ticket-system-field-requester-menu"><label>Aanvrager</label><span data-test-id="ticket-system-field-requester-name">Sjoukje Hoekstra</span></div>
  <input data-test-id="omni-header-subject" aria-label="Onderwerp" value="Voicemail van +31 58 000 12">
  <div data-test-id="omni-log-container" role="log">
    <div data-test-id="omni-log-item"><p><span data-test-id="omni-log-item-sender">Sjoukje Hoekstra</span> Voicemail · 0:48 <time datetime="2026-12-03T08:00:00Z">3 dec.</time></p><audio controls src="/voice/rec/9"></audio><div class="call-transcript-text">Goeiemoarn, de teapot is brutsen oankaam, skilje my asjebleaft werom.</div></div>
    <div data-test-id="omni-log-item"><span>Status gewijzigd: Nieuw → Open</span></div>
    ${comment('agent', 'Bram de Vries', '2026-12-03T10:00:00Z', 'Goedemorgen mevrouw Hoekstra, we sturen vandaag een nieuwe theepot.')}
    ${comment('end-user', 'Sjoukje Hoekstra', '2026-12-04T09:00:00Z', 'Tige tank, de nije teapot is hjir en hy is hiel.')}
  </div></div></div></body></html>`;

describe('zendesk div-only build of a ticket opened by a voicemail', () => {
  it('reads the voicemail with the comments, each with its role', () => {
    const page = htmlPage(PAGE, 'https://tee.zendesk.com/agent/tickets/5120');
    const thread = zendesk.readThread(page.document, page.url);
    expect(thread?.messages.map(({ author, role }) => `${author.name}:${role}`)).toEqual([
      'Sjoukje Hoekstra:customer',
      'Bram de Vries:agent',
      'Sjoukje Hoekstra:customer',
    ]);
  });
});
