import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TicketSchema } from '@/lib/schemas/ticket';
import { captureOutput } from './testing/capture-output';
import extract from './extract';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
const AMAZON_URL = 'https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED&t=A2L8R5XKQ1V7ZT';
const ZENDESK_URL = 'https://northwind.zendesk.com/agent/tickets/4821';
const FRESHDESK_URL = 'https://northwind.freshdesk.com/a/tickets/2317';
const GORGIAS_URL = 'https://northwind.gorgias.com/app/ticket/58213';
const fixture = (site: string, name: string) => `tests/fixtures/sites/${site}/2026-11-24-${name}.html`;

async function run(args: string[]) {
  const io = captureOutput();
  const code = await extract(args);
  vi.restoreAllMocks();
  return { code, out: io.out(), err: io.err() };
}

afterEach(() => vi.restoreAllMocks());

// Every static fixture page of every adapter, with what a person reading it sees.
const CASES = [
  [
    'gmail',
    'quoted-history',
    GMAIL_URL,
    'Where is my order #1047?',
    'emma.schneider@example.com',
    ['customer', 'agent', 'customer'],
    '#1047',
  ],
  [
    'gmail',
    'collapsed-older',
    GMAIL_URL,
    'Wrong size received – order #1052',
    'liam.oconnor@example.net',
    ['customer', 'customer', 'customer'],
    '#1052',
  ],
  ['gmail', 'agent-replied-last', GMAIL_URL, 'Where is my order #1047?', 'emma.schneider@example.com', ['customer', 'agent'], '#1047'],
  ['gmail', 'busy-page', GMAIL_URL, 'Where is my order #1047?', 'emma.schneider@example.com', ['customer', 'agent', 'customer'], '#1047'],
  [
    'amazon-seller-central',
    'buyer-waiting',
    AMAZON_URL,
    'Inquiry from Amazon customer Sophie Martin (Order: 114-3941689-8772232)',
    '8k2mzq7xl4vb1rd@marketplace.amazon.com',
    ['customer', 'agent', 'customer'],
    '114-3941689-8772232',
  ],
  [
    'amazon-seller-central',
    'seller-replied-last',
    AMAZON_URL,
    'Return request from Amazon customer Daniel Weber (Order: 305-1234567-7654321)',
    'd7x9q2mf5ztr3kp@marketplace.amazon.com',
    ['customer', 'agent'],
    '305-1234567-7654321',
  ],
  [
    'zendesk',
    'busy-page',
    ZENDESK_URL,
    'Where is my order #1047?',
    'emma.schneider@example.com',
    ['customer', 'agent', 'agent', 'customer'],
    '#1047',
  ],
  [
    'zendesk',
    'agent-replied-last',
    ZENDESK_URL,
    'Rug delivery failed – order #1044',
    'isabella.rossi@example.com',
    ['customer', 'agent'],
    '#1044',
  ],
  [
    'zendesk',
    'quoted-history',
    ZENDESK_URL,
    'Wrong size received – order #1052',
    'liam.oconnor@example.net',
    ['customer', 'agent', 'customer'],
    '#1052',
  ],
  [
    'freshdesk',
    'busy-page',
    FRESHDESK_URL,
    'Exchange shirt for a size L – order #1052',
    'liam.oconnor@example.net',
    ['customer', 'agent', 'agent', 'customer'],
    '#1052',
  ],
  [
    'freshdesk',
    'agent-replied-last',
    FRESHDESK_URL,
    'Only part of my order arrived',
    'olivia.bennett@example.com',
    ['customer', 'agent'],
    '#1053',
  ],
  [
    'freshdesk',
    'quoted-history',
    FRESHDESK_URL,
    'Cushion cover arrived torn',
    'mason.rivera@example.net',
    ['customer', 'agent', 'customer'],
    '#1042',
  ],
  [
    'gorgias',
    'busy-page',
    GORGIAS_URL,
    'Bowl arrived cracked',
    'hannah.fischer@example.com',
    ['customer', 'agent', 'agent', 'customer'],
    '#1036',
  ],
  ['gorgias', 'agent-replied-last', GORGIAS_URL, 'How do I wash the scarf?', 'noah.kim@example.org', ['customer', 'agent'], '#1037'],
  [
    'gorgias',
    'quoted-history',
    GORGIAS_URL,
    'Return the bath towel – order #1033',
    'ava.patel@example.com',
    ['customer', 'agent', 'customer'],
    '#1033',
  ],
] as const;

describe('extract', () => {
  it.each(CASES)('%s %s → the ticket', async (site, name, url, subject, email, roles, orderRef) => {
    const { code, out } = await run([fixture(site, name), '--url', url]);
    expect(code).toBe(0);
    const ticket = TicketSchema.parse(JSON.parse(out));
    expect(ticket.site).toBe(site);
    expect(ticket.subject).toBe(subject);
    expect(ticket.customer.email).toBe(email);
    expect(ticket.messages.map((m) => m.role)).toEqual(roles);
    expect(ticket.entities.orderRefs).toContain(orderRef);
    expect(ticket.latestCustomerMessage).toBeTruthy();
  });

  it('exits 1 with a message when the page holds no conversation (scripts never run)', async () => {
    const { code, out, err } = await run([fixture('gmail', 'app'), '--url', GMAIL_URL]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/found no conversation/);
  });

  it('reads a page at a route its adapter does not know with the structural reader, and says so when it finds nothing', async () => {
    // A view a newer Gmail build might ship: neither a conversation nor a list Gmail's adapter declares.
    const newView = 'https://mail.google.com/mail/u/0/#support-hub/open';
    const read = await run([fixture('gmail', 'busy-page'), '--url', newView]);
    expect(read.code).toBe(0);
    expect(TicketSchema.parse(JSON.parse(read.out)).source).toMatchObject({ adapter: 'gmail', reader: 'structural' });
    const empty = await run([fixture('gmail', 'app'), '--url', newView]);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/not a conversation page for the gmail adapter, and the structural reader found no conversation/);
  });

  it('refuses a route its adapter declares holds no conversation, unless an adapter is forced', async () => {
    const list = await run([fixture('gmail', 'busy-page'), '--url', 'https://mail.google.com/mail/u/0/#inbox']);
    expect(list.code).toBe(1);
    expect(list.err).toMatch(/a page the gmail adapter knows holds no conversation/);
    const forced = await run([fixture('gmail', 'busy-page'), '--url', 'https://mail.google.com/mail/u/0/#inbox', '--adapter', 'generic']);
    expect(forced.code).toBe(0);
  });

  it('exits 2 without a URL or with an adapter that does not exist', async () => {
    expect((await run([fixture('gmail', 'busy-page')])).code).toBe(2);
    expect((await run([fixture('gmail', 'busy-page'), '--url', GMAIL_URL, '--adapter', 'hotmail'])).err).toMatch(
      /--adapter "hotmail" is not an adapter; use one of gmail/,
    );
  });

  it('reads a page at a host no adapter knows with the generic reader', async () => {
    const { code, out } = await run([
      'tests/fixtures/sites/generic/2026-11-24-helpdesk-ticket.html',
      '--url',
      'https://support.example.org/tickets/4521',
    ]);
    expect(code).toBe(0);
    const ticket = TicketSchema.parse(JSON.parse(out));
    expect(ticket.source).toMatchObject({ adapter: 'generic', reader: 'structural' });
    expect(ticket.subject).toBe('Damaged mug – order #4521');
  });

  it('says which reader read the page: site, structural fallback, or a site profile', async () => {
    const site = TicketSchema.parse(JSON.parse((await run([fixture('zendesk', 'busy-page'), '--url', ZENDESK_URL])).out));
    expect(site.source.reader).toBe('site');
    const renamed = 'tests/fixtures/sites/zendesk/2026-12-04-renamed-containers.html';
    const fallback = TicketSchema.parse(JSON.parse((await run([renamed, '--url', ZENDESK_URL])).out));
    expect(fallback.source).toMatchObject({ adapter: 'zendesk', reader: 'structural' });
    const profiled = await run([renamed, '--url', ZENDESK_URL, '--profile', 'tests/fixtures/packs/2026-12-04-zendesk-profile.pack.json']);
    const ticket = TicketSchema.parse(JSON.parse(profiled.out));
    expect(ticket.source).toMatchObject({ adapter: 'zendesk', reader: 'profile', profileId: 'northwind.zendesk-timeline' });
    expect(ticket.customer.email).toBe('chloe.dubois@example.fr');
    expect(ticket.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
  });

  it('--adapter forces one reader, generic included', async () => {
    const forced = TicketSchema.parse(
      JSON.parse((await run([fixture('zendesk', 'busy-page'), '--url', 'https://example.com/x', '--adapter', 'zendesk'])).out),
    );
    expect(forced.source).toMatchObject({ adapter: 'zendesk', reader: 'site' });
    const generic = TicketSchema.parse(
      JSON.parse((await run([fixture('zendesk', 'busy-page'), '--url', ZENDESK_URL, '--adapter', 'generic'])).out),
    );
    expect(generic.source).toMatchObject({ adapter: 'generic', reader: 'structural' });
  });

  it('refuses a bad profile file with its name and the field path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deskpilot-profile-'));
    const file = join(dir, 'profile.json');
    const profile = JSON.parse(readFileSync('tests/fixtures/packs/2026-12-04-zendesk-profile.pack.json', 'utf8')).siteProfiles[0];
    writeFileSync(file, JSON.stringify({ ...profile, selectors: { ...profile.selectors, author: 'a[href=' } }));
    const { code, err } = await run([fixture('zendesk', 'busy-page'), '--url', ZENDESK_URL, '--profile', file]);
    expect(code).toBe(1);
    expect(err).toBe(
      `extract: --profile ${file}: field "selectors.author" selector "a[href=" is not a CSS selector (Attribute selector didn't terminate).\n`,
    );
    writeFileSync(file, '{ not json');
    expect((await run([fixture('zendesk', 'busy-page'), '--url', ZENDESK_URL, '--profile', file])).err).toMatch(
      /profile\.json: is not JSON/,
    );
  });

  it('a page nested thousands of levels deep gets one clear error, no stack overflow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deskpilot-deep-'));
    const file = join(dir, 'deep.html');
    writeFileSync(file, `<html><body>${'<div>'.repeat(6000)}hello${'</div>'.repeat(6000)}</body></html>`);
    const { code, out, err } = await run([file, '--url', GMAIL_URL]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toBe(
      `extract: ${file} nests elements more than 1,024 levels deep, which no browser saves; it is not a saved inbox page.\n`,
    );
  }, 60_000);
});
