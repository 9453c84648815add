import { describe, expect, it } from 'vitest';
import { fixturePage } from '../testing/fixture-page';
import { outlookReplyBox } from './outlook';

const OLIVER_URL =
  'https://outlook.office.com/mail/inbox/id/AAQkADNiZjE3MjFmLTk1YmQtNGMxYi04OTQwLTYwN2NhNjBhMjQ1ZgAQAJvT0cu8lEx6h4m3E9xw2fE%3D';

describe('outlook reply box', () => {
  it("clicks the newest message's Reply, wherever the pane lists it", async () => {
    const page = fixturePage('outlook', '2026-11-24-customer-waiting.html', OLIVER_URL);
    const clicked: string[] = [];
    const messages = Array.from(page.document.querySelectorAll('[aria-label="Email message"]'));
    for (const message of messages) {
      if (!message.querySelector('button[aria-label="Reply"]'))
        message.insertAdjacentHTML('afterbegin', '<button type="button" aria-label="Reply">↩</button>');
      message
        .querySelector('button[aria-label="Reply"]')!
        .addEventListener('click', () => clicked.push(message.getAttribute('data-itemid')!));
    }
    // Oldest first, as an agent may choose.
    messages[0]!.parentElement!.append(...messages.reverse());
    await outlookReplyBox.insertReply(page.document, 'Hi Oliver');
    expect(clicked[0]).toBe('AAMkADNiZjE3-3');
  });

  it('opens the inline reply with Reply and finds its editable body, not the reading pane bodies', async () => {
    const page = fixturePage('outlook', '2026-11-24-customer-waiting.html', OLIVER_URL);
    const area = page.document.getElementById('replyArea')!;
    expect(outlookReplyBox.findReplyBox(page.document)).toBeNull();
    // What the page's own script does (scripts do not run in these tests).
    page.document.querySelector('button[aria-label="Reply"]')!.addEventListener('click', () => area.removeAttribute('hidden'));
    expect(await outlookReplyBox.insertReply(page.document, 'Hi Oliver,\n\nhere is your return label.')).toBe(true);
    const body = outlookReplyBox.findReplyBox(page.document)!;
    expect(body.getAttribute('data-fixture-editor')).toBe('roosterjs');
    expect(body.textContent).toMatch(/^Hi Oliver,/);
    expect(body.textContent).toContain('From: Oliver Hughes');
  });
});
