import { describe, expect, it } from 'vitest';
import { ThreadSchema } from '@/lib/schemas/ticket';
import { buildTicket } from '@/lib/ticket/build-ticket';
import { MAX_TEXT_LENGTH } from './text';
import { fixturePage, htmlPage } from './testing/fixture-page';
import { zendesk } from './zendesk';

const EMMA_URL = 'https://northwind.zendesk.com/agent/tickets/4821';
const ISABELLA_URL = 'https://northwind.zendesk.com/agent/tickets/4815';
const LIAM_URL = 'https://northwind.zendesk.com/agent/tickets/4830';
const EMMA = { name: 'Emma Schneider', email: 'emma.schneider@example.com' };

function read(file: string, url: string, change?: (doc: Document) => void) {
  const page = fixturePage('zendesk', file, url);
  change?.(page.document);
  return zendesk.readThread(page.document, page.url);
}

describe('zendesk isTicketPage', () => {
  it('is true for /agent/tickets/<id> and false for views and other agent pages', () => {
    expect(zendesk.isTicketPage(new URL(EMMA_URL))).toBe(true);
    expect(zendesk.isTicketPage(new URL('https://northwind.zendesk.com/agent/tickets/4821/events'))).toBe(true);
    expect(zendesk.isTicketPage(new URL('https://northwind.zendesk.com/agent/filters/360001'))).toBe(false);
    expect(zendesk.isTicketPage(new URL('https://northwind.zendesk.com/agent/tickets/new'))).toBe(false);
  });
});

describe('zendesk readThread on reconstructed Agent Workspace pages', () => {
  it('reads the open ticket of a busy page: subject, requester, comments oldest first, internal note as agent', () => {
    const thread = read('2026-11-24-busy-page.html', EMMA_URL);
    expect(ThreadSchema.parse(thread)).toEqual(thread);
    expect(thread).toMatchObject({ site: 'zendesk', url: EMMA_URL, threadId: '4821', subject: 'Where is my order #1047?', customer: EMMA });
    const messages = thread!.messages;
    expect(messages.map((m) => m.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(messages.map((m) => m.sentAt)).toEqual([
      '2026-11-21T16:02:00.000Z',
      '2026-11-21T18:40:00.000Z',
      '2026-11-22T15:05:00.000Z',
      '2026-11-24T09:15:00.000Z',
    ]);
    expect(messages[0]!.author).toEqual(EMMA);
    expect(messages[1]!.author).toEqual({ name: 'Ava Lindgren' });
    expect(messages[1]!.text).toMatch(/^UPS shows the parcel in transit/);
    expect(messages[3]!.text).toBe(
      "Hi Ava,\n\nthe tracking for order #1047 still shows no movement. Where is my package? If it's lost, could you send a replacement?\n\nThank you,\nEmma",
    );
    const all = messages.map((m) => m.text).join('\n');
    // Events are not messages; the other open tab's ticket and the agent's signature block are not read.
    expect(all).not.toMatch(/Status changed|Trigger|FedEx|Customer Care/);
    expect(thread!.confidence).toBe(1);
  });

  it('marks the agent as the last writer', () => {
    const thread = read('2026-11-24-agent-replied-last.html', ISABELLA_URL)!;
    expect(thread.customer).toEqual({ name: 'Isabella Rossi', email: 'isabella.rossi@example.com' });
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
    expect(thread.messages[1]!.author).toEqual({ name: 'Jonas Berg' });
    expect(buildTicket(thread).latestCustomerMessage).toMatch(/^Hello,\n\nFedEx says the delivery/);
  });

  it('keeps quoted history in the text for lib/ticket to strip, and finds the customer in the comments', () => {
    const thread = read('2026-11-24-quoted-history.html', LIAM_URL)!;
    expect(thread.customer).toEqual({ name: "Liam O'Connor", email: 'liam.oconnor@example.net' });
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    const latest = thread.messages[2]!.text;
    expect(latest).toMatch(/^Thanks Ava, I dropped the shirt off/);
    expect(latest).toContain('Support <support@northwind-goods.example> wrote:');
    const ticket = buildTicket(thread);
    expect(ticket.latestCustomerMessage).toMatch(/When will the size L ship\?/);
    expect(ticket.latestCustomerMessage).not.toMatch(/prepaid return label/);
    expect(thread.confidence).toBeLessThan(1);
  });

  it("finds the open ticket by the selected tab when the URL names none (Zendesk keeps other tabs' tickets in the page)", () => {
    const thread = read('2026-11-24-busy-page.html', 'https://northwind.zendesk.com/agent/filters/360001')!;
    expect(thread.threadId).toBe('4821');
    expect(thread.customer).toEqual(EMMA);
  });

  it("reads roles from the author when Zendesk's sender type is missing, and comments without their test ids", () => {
    const withoutTypes = read('2026-11-24-busy-page.html', EMMA_URL, (doc) => {
      doc.querySelectorAll('[data-test-id="omni-log-item-message"]').forEach((m) => m.removeAttribute('type'));
    })!;
    const plainArticles = read('2026-11-24-busy-page.html', EMMA_URL, (doc) => {
      doc.querySelectorAll('article, [data-test-id="omni-log-item-message"]').forEach((m) => m.removeAttribute('data-test-id'));
    })!;
    for (const thread of [withoutTypes, plainArticles]) {
      expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
      expect(thread.confidence).toBeLessThan(1);
    }
  });

  it("reads the requester's address from the field's chip tooltip, and the name without the avatar's initials or the channel", () => {
    const comment = (initials: string, who: string, via: string, at: string, text: string) =>
      `<article data-test-id="omni-log-comment-item"><div data-test-id="omni-log-item-sender"><span>${initials}</span><strong>${who}</strong> <span>${via}</span></div><time datetime="${at}">${at}</time><div data-test-id="omni-log-message-content"><p>${text}</p></div></article>`;
    const page = htmlPage(
      `<body><section><div data-test-id="ticket-system-field-requester-select"><label>Requester</label><div title="ana.lopes@example.com">Ana Lopes</div></div>
        <div data-test-id="ticket-system-field-ccs"><label>CCs</label><div title="rui@example.com">Rui Lopes</div></div></section>
        <main><input data-test-id="omni-header-subject" value="Wrong size"><div data-test-id="omni-log-container" role="log">
        ${comment('AL', 'Ana Lopes', 'via email', '2026-11-20T10:00:00Z', 'The shoes are too small.')}
        ${comment('JB', 'Jo Berg', 'Northwind', '2026-11-20T12:00:00Z', 'We will swap them.')}
        ${comment('AL', 'Ana Lopes', 'via email', '2026-11-21T09:00:00Z', 'Thanks!')}
      </div></main></body>`,
      EMMA_URL,
    );
    const thread = zendesk.readThread(page.document, page.url)!;
    expect(thread.customer).toEqual({ name: 'Ana Lopes', email: 'ana.lopes@example.com' });
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it("reads an internal note that comes as its own kind of log item as ours, and the requester's address from the context panel", () => {
    const item = (kind: string, who: string, at: string, text: string) =>
      `<article data-test-id="${kind}"><header><span data-test-id="omni-log-comment-user-link">${who}</span> <time datetime="${at}">${at}</time></header><div data-test-id="omni-log-message-content">${text}</div></article>`;
    const page = htmlPage(
      `<body><main><input data-test-id="omni-header-subject" value="Heel came loose"><div data-test-id="omni-log-container" role="log">
        ${item('omni-log-comment-item', 'Mira Haas', '2026-11-20T10:00:00Z', 'The heel of my left boot came off after a week.')}
        ${item('omni-log-comment-item', 'Ole Brandt', '2026-11-20T12:00:00Z', 'Sorry to hear that, a new pair is on its way.')}
        ${item('omni-log-internal-note', 'Pia Lorenz', '2026-11-20T12:05:00Z', 'Replacement booked, batch 7 has a glue problem.')}
        ${item('omni-log-comment-item', 'Mira Haas', '2026-11-21T09:00:00Z', 'Thank you, can I keep the old pair for the repair shop?')}
      </div></main>
      <aside><section data-test-id="user-card"><h3>Mira Haas</h3><dl><dt>Email</dt><dd>mira.haas@example.net</dd><dt>Local time</dt><dd>10:14</dd></dl></section></aside></body>`,
      EMMA_URL,
    );
    const thread = zendesk.readThread(page.document, page.url)!;
    expect(thread.messages.map((m) => `${m.author.name}: ${m.role}`)).toEqual([
      'Mira Haas: customer',
      'Ole Brandt: agent',
      'Pia Lorenz: agent',
      'Mira Haas: customer',
    ]);
    expect(thread.customer).toEqual({ name: 'Mira Haas', email: 'mira.haas@example.net' });
  });

  it('returns null without throwing on a page mid-load, an empty thread, or a DOM it does not know', () => {
    const loading = htmlPage(
      '<!doctype html><div role="tablist"></div><div data-ticket-id="4821"><div class="spinner">Loading…</div></div>',
      EMMA_URL,
    );
    expect(zendesk.readThread(loading.document, loading.url)).toBeNull();
    expect(read('2026-11-24-busy-page.html', EMMA_URL, (doc) => doc.querySelectorAll('article').forEach((a) => a.remove()))).toBeNull();
    const changed = read('2026-11-24-busy-page.html', EMMA_URL, (doc) => {
      for (const element of Array.from(doc.querySelectorAll('*'))) {
        for (const name of element.getAttributeNames()) element.removeAttribute(name);
      }
    });
    expect(changed).toBeNull();
  });

  it('yields clean, bounded text from hostile markup and a 5 MB comment', () => {
    const thread = read('2026-11-24-busy-page.html', EMMA_URL, (doc) => {
      const body = Array.from(doc.querySelectorAll('.zd-comment')).at(-1)!;
      body.insertAdjacentHTML(
        'afterbegin',
        '<script>steal()</script><style>p{}</style><iframe sandbox="" srcdoc="<p>frame</p>"></iframe><p hidden>secret</p>',
      );
      body.insertAdjacentHTML('beforeend', `${'<div>'.repeat(400)}deep text${'</div>'.repeat(400)}<p>${'x'.repeat(5_000_000)}</p>`);
      doc.querySelector('[data-test-id="ticket-system-field-requester-name"]')!.textContent = `Emma ${'E'.repeat(100_000)}`;
      doc.querySelector('[data-test-id="omni-header-subject"]')!.setAttribute('value', 'S'.repeat(1_000_000));
    })!;
    const latest = thread.messages.at(-1)!.text;
    expect(latest).not.toMatch(/steal|frame|secret/);
    expect(latest).toContain('deep text');
    expect(latest.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(thread.customer.name!.length).toBeLessThanOrEqual(200);
    expect(thread.subject.length).toBeLessThanOrEqual(500);
    expect(() => ThreadSchema.parse(thread)).not.toThrow();
  });
});
