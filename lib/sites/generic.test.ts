import { describe, expect, it } from 'vitest';
import { ThreadSchema } from '@/lib/schemas/ticket';
import { bigGenericPage, BIG_PAGE_CUSTOMER } from '@/tests/fixtures/sites/generic/big-page';
import { generic } from './generic';
import { findGenericReplyBox } from './generic-reply-box';
import { MAX_STRUCTURAL_MESSAGES } from './structural';
import { fixturePage, htmlPage } from './testing/fixture-page';

const URL_ = 'https://helpdesk.example/tickets/2291';
const read = (file: string) => {
  const page = fixturePage('generic', file, URL_);
  return { thread: generic.readThread(page.document, page.url), page };
};

describe('generic readThread on saved pages', () => {
  it('reads a helpdesk ticket: subject above the thread, signed-in agent, customer with address, times', () => {
    const { thread } = read('2026-11-24-helpdesk-ticket.html');
    expect(ThreadSchema.parse(thread)).toEqual(thread);
    expect(thread).toMatchObject({
      site: 'generic',
      url: URL_,
      subject: 'Damaged mug – order #4521',
      customer: { name: 'Sarah Kim', email: 'sarah.kim@example.org' },
    });
    const messages = thread!.messages;
    expect(messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(messages.map((m) => m.author.name)).toEqual(['Sarah Kim', 'Alex Rivera', 'Sarah Kim']);
    expect(messages[0]!.sentAt).toBe('2026-11-20T09:14:00.000Z');
    expect(messages[0]!.text).toBe(
      'Hello,\n\nmy order #4521 arrived today but one of the two stoneware mugs is cracked. I attached a photo.\nCan you send a replacement?\n\nThanks,\nSarah',
    );
    expect(messages[2]!.text).toContain('wrote:');
    expect(thread!.confidence).toBeGreaterThanOrEqual(0.7);
    expect(thread!.confidence).toBeLessThan(0.9);
  });

  it('reads a forum thread: staff posts by class, the most frequent other poster is the customer, staff wrote last', () => {
    const { thread } = read('2026-11-24-forum-thread.html');
    expect(thread!.subject).toBe('Order 10452 never arrived – DHL tracking stuck');
    expect(thread!.messages.map((m) => [m.author.name, m.role])).toEqual([
      ['mhoffmann', 'customer'],
      ['priya_northwind', 'agent'],
      ['mhoffmann', 'customer'],
      ['jdoe', 'customer'],
      ['priya_northwind', 'agent'],
    ]);
    expect(thread!.customer).toEqual({ name: 'mhoffmann' });
    expect(thread!.messages[2]!.text).toContain('Any news on the trace?');
  });

  it('reads chat bubbles on a busy page: sender lines written out, roles from incoming/outgoing, subject from the title', () => {
    const { thread } = read('2026-11-24-busy-inbox.html');
    expect(thread!.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread!.customer).toEqual({ name: 'Lucía Fernández', email: 'lucia.fernandez@example.es' });
    expect(thread!.messages[1]!.author).toEqual({ name: 'Northwind Support', email: 'support@northwind.example' });
    expect(thread!.messages[0]!.text).toMatch(/^Hola, he recibido mi pedido 4533/);
    expect(thread!.subject).toBe('Pedido 4533 – talla equivocada');
    // The title is a weaker source than a heading: the read says so.
    expect(thread!.confidence).toBeLessThan(read('2026-11-24-helpdesk-ticket.html').thread!.confidence);
  });

  it('finds no conversation on a blog post with related links and a byline', () => {
    expect(read('2026-11-24-no-conversation.html').thread).toBeNull();
  });

  it('guesses the agent as the last author who is not the first, with low confidence, when nothing else says', () => {
    const entries = [
      ['Kim Lee', 'kim@example.net', 'My parcel has not arrived yet, it has been two weeks since I ordered.'],
      ['Sam Support', 'sam@shop.example', 'Sorry to hear that, Kim. I have asked the carrier to look into it today.'],
      ['Kim Lee', 'kim@example.net', 'Thanks, please let me know as soon as you hear anything from them.'],
    ];
    const html = `<body><div>${entries
      .map(([name, email, text]) => `<div class="box"><b>${name}</b> &lt;${email}&gt;<div>${text}</div></div>`)
      .join('')}</div></body>`;
    const page = htmlPage(html, URL_);
    const thread = generic.readThread(page.document, page.url)!;
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.customer).toEqual({ name: 'Kim Lee', email: 'kim@example.net' });
    expect(thread.confidence).toBeLessThanOrEqual(0.5);
  });

  it('reads a lone message that shows an address (a contact-form entry)', () => {
    const page = htmlPage(
      '<main><h1>Contact form entry</h1><article class="entry"><p>From: Ivo Petrov &lt;ivo@example.bg&gt;</p><p>Hello, can I still change the colour of order #4600? I picked blue by mistake.</p></article></main>',
      URL_,
    );
    const thread = generic.readThread(page.document, page.url)!;
    expect(thread.messages).toHaveLength(1);
    expect(thread.customer.email).toBe('ivo@example.bg');
    expect(thread.messages[0]!.text).toContain('order #4600');
  });
});

describe('generic adapter on bad input', () => {
  it('reads a 1 MB page within its budget', () => {
    const page = htmlPage(bigGenericPage(), URL_);
    const started = performance.now();
    const thread = generic.readThread(page.document, page.url);
    const elapsed = performance.now() - started;
    expect(thread!.customer).toEqual(BIG_PAGE_CUSTOMER);
    expect(thread!.subject).toBe('Where is my order #4521?');
    // The newest 200 messages of several hundred (MAX_STRUCTURAL_MESSAGES).
    expect(thread!.messages).toHaveLength(MAX_STRUCTURAL_MESSAGES);
    expect(thread!.messages.at(-1)!.text).toMatch(/^Message \d+ about order #4521/);
    // happy-dom is several times slower than a browser; the 30 ms budget is measured in Chromium (npm run bench).
    expect(elapsed).toBeLessThan(10_000);
  });

  it('returns a clean thread from hostile markup and never throws', () => {
    const huge = 'x'.repeat(1_000_000);
    // Chromium's parser caps nesting at 512 levels; happy-dom's selector engine recurses past that.
    const deep = `${'<div>'.repeat(500)}deep${'</div>'.repeat(500)}`;
    const message = (name: string, text: string) =>
      `<div class="msg ${huge}" title="${huge}"><span class="author">${name}</span><time datetime="2026-11-20T10:00:00Z">x</time>` +
      `<div class="body"><script>window.__owned = true</script><img src=x onerror="window.__owned = true">${text}<style>p{}</style></div></div>`;
    const page = htmlPage(
      `<body>${deep}<div>${message('Eve', 'Where is my refund for order #4700?')}${message('Agent Al', 'It was sent yesterday.')}</div></body>`,
      URL_,
    );
    const thread = generic.readThread(page.document, page.url);
    expect(thread!.messages.map((m) => m.text)).toEqual(['Where is my refund for order #4700?', 'It was sent yesterday.']);
    expect(JSON.stringify(thread)).not.toMatch(/__owned|xxxxxxxx/);
    const deeper = htmlPage(`<body>${'<div>'.repeat(5000)}<p>deep</p>${'</div>'.repeat(5000)}</body>`, URL_);
    expect(() => generic.readThread(deeper.document, deeper.url)).not.toThrow();
    expect(() => findGenericReplyBox(deeper.document)).not.toThrow();
  });

  it('returns null on an empty or half-loaded page', () => {
    for (const html of ['', '<html><body></body></html>', '<body><div class="spinner">Loading…</div></body>']) {
      const page = htmlPage(html, URL_);
      expect(generic.readThread(page.document, page.url)).toBeNull();
    }
  });
});
