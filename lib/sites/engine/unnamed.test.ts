import { afterEach, describe, expect, it } from 'vitest';
import { gorgias } from '@/lib/sites/gorgias';
import { htmlPage, type FixturePage } from '@/lib/sites/testing/fixture-page';
import { readPage } from './read-page';

/**
 * A helpdesk build whose messages still carry the direction the site's role rule reads, but whose
 * senders are plain spans and whose customer sits in a side panel the site's card selectors miss.
 */
const message = (fromAgent: boolean, sender: string, minute: number, text: string) =>
  `<div class="msg-row" data-testid="ticket-message" data-from-agent="${fromAgent}"><div class="head"><span class="msg-author">${sender}</span> <time datetime="2026-12-01T10:${minute}:00Z">Tue 10:${minute}</time></div><div class="message-body">${text}</div></div>`;
const PAGE = `<!doctype html><html lang="en"><body>
<div data-testid="ticket-view"><input data-testid="ticket-subject" value="Cracked teapot lid" readonly>
 ${message(false, 'Ottilie Brandvold', 11, 'The teapot lid arrived cracked in two places. Can you send a new lid?')}
 ${message(true, 'Rafael Quintero', 25, 'So sorry, Ottilie. A new lid ships tomorrow, no need to return the old one.')}
 ${message(false, 'Ottilie Brandvold', 42, 'Thank you! Could it come in the blue glaze instead of the white?')}
</div>
<aside class="side-panel customer-panel"><div class="customer-name">Ottilie Brandvold</div><div class="customer-contact">ottilie.b@example.no</div></aside>
</body></html>`;

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

describe('a sure site read that names no one', () => {
  it('keeps its messages and roles and takes the customer and authors the structural reader finds', () => {
    page = htmlPage(PAGE, 'https://teapots.gorgias.com/app/ticket/4411');
    const siteOnly = readPage(page.document, page.url, { adapter: gorgias, only: 'site' });
    // The premise: the site's read is sure of the messages and roles but names no one.
    expect(siteOnly?.customer).toEqual({});
    expect(siteOnly?.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);

    const thread = readPage(page.document, page.url, { adapter: gorgias });
    expect(thread?.reader).toBe('site');
    expect(thread?.customer).toEqual({ name: 'Ottilie Brandvold', email: 'ottilie.b@example.no' });
    expect(thread?.messages.map((m) => [m.role, m.author.name])).toEqual([
      ['customer', 'Ottilie Brandvold'],
      ['agent', 'Rafael Quintero'],
      ['customer', 'Ottilie Brandvold'],
    ]);
  });

  it('keeps its own read when the structural reader puts the customer elsewhere', () => {
    page = htmlPage(PAGE.replaceAll('data-from-agent="true"', 'data-from-agent="false"'), 'https://teapots.gorgias.com/app/ticket/4411');
    const siteOnly = readPage(page.document, page.url, { adapter: gorgias, only: 'site' });
    const thread = readPage(page.document, page.url, { adapter: gorgias });
    expect(thread?.customer).toEqual(siteOnly?.customer);
  });
});
