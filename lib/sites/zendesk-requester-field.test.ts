import { describe, expect, it } from 'vitest';
import { htmlPage } from './testing/fixture-page';
import { zendesk } from './zendesk';

const comment = (who: string, at: string, text: string) =>
  `<article data-test-id="omni-log-comment-item"><div><span data-test-id="omni-log-item-sender">${who}</span><time datetime="${at}">${at}</time></div><div class="zd-comment"><p>${text}</p></div></article>`;

describe('zendesk: the requester field under another build suffix', () => {
  it('names the customer when a colleague opened the ticket for her, so the first writer is ours', () => {
    const page = htmlPage(
      `<body><aside><div><label>Requester</label><div data-test-id="ticket-system-field-requester-dropdown"><span>Ines Duarte</span></div></div></aside>
        <main><input data-test-id="omni-header-subject" value="Table top scratched"><div data-test-id="omni-log-container" role="log">
        ${comment('Paul Kern', '2026-11-20T09:00:00Z', 'Forwarding for a customer I met at the store: her table top came scratched.')}
        ${comment('Mia Roth', '2026-11-20T11:00:00Z', 'Hello Ines, a new table top leaves on Monday.')}
        ${comment('Ines Duarte', '2026-11-21T08:00:00Z', 'Thank you! Monday is fine.')}
      </div></main></body>`,
      'https://oakroom.zendesk.com/agent/tickets/7710',
    );
    const thread = zendesk.readThread(page.document, page.url)!;
    expect(thread.messages.map((m) => m.role)).toEqual(['agent', 'agent', 'customer']);
    expect(thread.customer.name).toBe('Ines Duarte');
  });
});
