import { describe, expect, it } from 'vitest';
import { htmlPage } from './testing/fixture-page';
import { zendesk } from './zendesk';

/** A build that renders the log's items as divs (no `article`), test ids kept; Spanish UI, Catalan customer. */
const item = (type: string, who: string, at: string, text: string) =>
  `<div class="c-item" data-test-id="omni-log-comment-item"><div class="c-head"><span data-test-id="omni-log-item-sender"><a data-test-id="omni-log-comment-user-link" href="/agent/users/1">${who}</a></span> <time datetime="${at}">${at.slice(0, 10)}</time></div><div data-test-id="omni-log-item-message" type="${type}"><div data-test-id="omni-log-message-content"><p>${text}</p></div></div></div>`;
const PAGE = `<html lang="es"><head><title>Tassa trencada – Zendesk</title></head><body><main><div data-ticket-id="902">
  <div data-test-id="ticket-system-field-requester-menu"><label>Solicitante</label><span data-test-id="ticket-system-field-requester-name">Núria Puig</span></div>
  <input data-test-id="omni-header-subject" aria-label="Asunto" value="Tassa trencada">
  <div data-test-id="omni-log-container" role="log">
    ${item('end-user', 'Núria Puig', '2026-12-01T09:00:00Z', "Bon dia, la tassa ha arribat trencada. Me'n podeu enviar una altra?")}
    ${item('agent', 'Marta Gil', '2026-12-01T10:00:00Z', 'Hola Núria, lo sentimos mucho. Le enviamos otra hoy mismo.')}
    ${item('end-user', 'Núria Puig', '2026-12-02T08:00:00Z', 'Moltes gràcies! La guardo fins que arribi la nova?')}
  </div></div></main></body></html>`;

describe('zendesk on a build that renders log items as divs', () => {
  it('reads every comment with its role, as on the article build', () => {
    const page = htmlPage(PAGE, 'https://botiga.zendesk.com/agent/tickets/902');
    const thread = zendesk.readThread(page.document, page.url);
    expect(thread?.messages.map(({ author, role }) => `${author.name}:${role}`)).toEqual([
      'Núria Puig:customer',
      'Marta Gil:agent',
      'Núria Puig:customer',
    ]);
  });
});
