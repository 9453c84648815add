import { describe, expect, it } from 'vitest';
import { ThreadSchema } from '@/lib/schemas/ticket';
import { amazonSellerCentral as amazon } from './amazon-seller-central';
import { MAX_TEXT_LENGTH } from './text';
import { fixturePage, htmlPage } from './testing/fixture-page';

const SOPHIE_URL = 'https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED&t=A2L8R5XKQ1V7ZT';
const DANIEL_URL = 'https://sellercentral.amazon.de/messaging/inbox?fi=RESPONSE_NEEDED&t=A3G7P2MWN9C4JD';
const SOPHIE = { name: 'Sophie Martin', email: '8k2mzq7xl4vb1rd@marketplace.amazon.com' };

function read(file: string, url: string, change?: (doc: Document) => void) {
  const page = fixturePage('amazon-seller-central', file, url);
  change?.(page.document);
  return amazon.readThread(page.document, page.url);
}

describe('amazon-seller-central isTicketPage', () => {
  it('is true under /messaging/ and false elsewhere in Seller Central', () => {
    expect(amazon.isTicketPage(new URL(SOPHIE_URL))).toBe(true);
    expect(amazon.isTicketPage(new URL('https://sellercentral.amazon.com/messaging/contact?orderID=114-3941689-8772232'))).toBe(true);
    expect(amazon.isTicketPage(new URL('https://sellercentral.amazon.com/home'))).toBe(false);
    expect(amazon.isTicketPage(new URL('https://sellercentral.amazon.com/orders-v3/order/114-3941689-8772232'))).toBe(false);
  });
});

describe('amazon-seller-central readThread on reconstructed pages', () => {
  it("reads the buyer, relay address, order id and messages oldest first, without Amazon's notices", () => {
    const thread = read('2026-11-24-buyer-waiting.html', SOPHIE_URL);
    expect(ThreadSchema.parse(thread)).toEqual(thread);
    expect(thread).toMatchObject({
      site: 'amazon-seller-central',
      threadId: 'A2L8R5XKQ1V7ZT',
      subject: 'Inquiry from Amazon customer Sophie Martin (Order: 114-3941689-8772232)',
      customer: SOPHIE,
    });
    const messages = thread!.messages;
    expect(messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(messages.map((m) => m.sentAt)).toEqual(['2026-11-22T19:02:00.000Z', '2026-11-23T15:20:00.000Z', '2026-11-24T14:37:00.000Z']);
    expect(messages[0]!.author).toEqual(SOPHIE);
    expect(messages[1]!.author).toEqual({ name: 'Northwind Goods' });
    expect(messages.map((m) => m.text).join('\n')).not.toContain('delivered to the buyer');
    expect(messages[2]!.text).toBe(
      "Hello,\n\nthe tracking still hasn't updated and my package hasn't arrived. I need the towel for guests coming this weekend. Can you please check with USPS or send a replacement?\n\nThank you,\nSophie",
    );
    expect(thread!.confidence).toBe(1);
  });

  it('marks the seller as the last writer', () => {
    const thread = read('2026-11-24-seller-replied-last.html', DANIEL_URL);
    expect(thread!.customer).toEqual({ name: 'Daniel Weber', email: 'd7x9q2mf5ztr3kp@marketplace.amazon.com' });
    expect(thread!.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
    expect(thread!.messages[1]!.text).toMatch(/^Hello Daniel,\n\nI'm very sorry the bowl arrived damaged/);
  });

  it('puts the order id into a subject that lacks it', () => {
    const thread = read('2026-11-24-seller-replied-last.html', DANIEL_URL, (doc) => {
      doc.querySelector('[data-test-id="thread-subject"]')!.textContent = 'Damaged item';
    });
    expect(thread!.subject).toBe('Damaged item (Order: 305-1234567-7654321)');
  });

  it('reads roles from class modifiers, then from sender names, at a lower confidence', () => {
    const withoutAttributes = read('2026-11-24-buyer-waiting.html', SOPHIE_URL, (doc) => {
      doc.querySelectorAll('[data-sender-role]').forEach((m) => m.removeAttribute('data-sender-role'));
    })!;
    const byName = read('2026-11-24-buyer-waiting.html', SOPHIE_URL, (doc) => {
      doc.querySelectorAll('[data-sender-role]').forEach((m) => {
        m.removeAttribute('data-sender-role');
        m.className = 'message-item';
      });
    })!;
    for (const thread of [withoutAttributes, byName]) {
      expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    }
    // A class modifier states the role as surely as the attribute; a name compared with the buyer's does not.
    expect(withoutAttributes.confidence).toBe(1);
    expect(byName.confidence).toBeLessThan(1);
    expect(byName.messages.map((m) => m.text).join('\n')).not.toContain('delivered to the buyer');
  });

  it('reads the thread shown newest on top oldest first when a message shows no time, from the times the others show', () => {
    const thread = read('2026-11-24-buyer-waiting.html', SOPHIE_URL, (doc) => doc.querySelector('time[datetime]')!.remove())!;
    expect(thread.messages.map((m) => m.text.split('\n')[0])).toEqual(['Hi,', 'Hi Sophie,', 'Hello,']);
  });

  it("keeps the page's order when too few messages show a time to say which way it runs", () => {
    const thread = read('2026-11-24-buyer-waiting.html', SOPHIE_URL, (doc) => {
      for (const time of [...doc.querySelectorAll('.message-item time[datetime]')].slice(0, 3)) time.remove();
    })!;
    expect(thread.messages.map((m) => m.text.split('\n')[0])).toEqual(['Hello,', 'Hi Sophie,', 'Hi,']);
  });

  it('returns null without throwing on a page with no thread, an empty thread or a changed DOM', () => {
    const inbox = htmlPage('<!doctype html><main><p>No messages need a response.</p></main>', SOPHIE_URL);
    expect(amazon.readThread(inbox.document, inbox.url)).toBeNull();
    expect(
      read('2026-11-24-buyer-waiting.html', SOPHIE_URL, (doc) => doc.querySelectorAll('.message-item').forEach((m) => m.remove())),
    ).toBeNull();
    const changed = read('2026-11-24-buyer-waiting.html', SOPHIE_URL, (doc) => {
      for (const element of Array.from(doc.querySelectorAll('*'))) {
        for (const name of element.getAttributeNames()) element.removeAttribute(name);
      }
    });
    expect(changed).toBeNull();
  });

  it('yields clean text from hostile markup', () => {
    const thread = read('2026-11-24-buyer-waiting.html', SOPHIE_URL, (doc) => {
      const body = doc.querySelector('[data-test-id="message-body"]')!;
      body.insertAdjacentHTML(
        'beforeend',
        '<script>steal()</script><iframe sandbox="" srcdoc="<p>frame</p>"></iframe><p hidden>secret</p>',
      );
      doc.querySelector('[data-test-id="buyer-name"]')!.textContent = `Sophie ${'x'.repeat(100_000)}`;
    })!;
    expect(thread.messages.at(-1)!.text).not.toMatch(/steal|frame|secret/);
    expect(thread.customer.name!.length).toBeLessThanOrEqual(200);
    expect(() => ThreadSchema.parse(thread)).not.toThrow();
  });
});

describe('amazon seller central with a huge message', () => {
  it('bounds a 5 MB message instead of copying it whole', () => {
    const thread = read('2026-11-24-buyer-waiting.html', SOPHIE_URL, (doc) => {
      doc.querySelector('[data-test-id="message-body"]')!.insertAdjacentHTML('beforeend', `<p>${'x'.repeat(5_000_000)}</p>`);
    })!;
    expect(Math.max(...thread.messages.map((m) => m.text.length))).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(() => ThreadSchema.parse(thread)).not.toThrow();
  });
});
