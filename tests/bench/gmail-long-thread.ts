import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

const FIXTURE = fileURLToPath(new URL('../fixtures/sites/gmail/2026-11-24-quoted-history.html', import.meta.url));
const FIRST_MESSAGE_AT = Date.UTC(2026, 9, 1, 9, 0);
const HOUR = 3_600_000;

/**
 * A Gmail conversation page with `messageCount` expanded messages, built from the saved
 * quoted-history fixture: its page chrome, and its customer and agent messages cloned in turn
 * (each with its quoted history, as Gmail shows a long thread whose messages are all opened),
 * every clone with its own message id, time and first line.
 */
export function gmailThreadHtml(messageCount: number): string {
  const window = new Window({ url: 'https://mail.google.com/mail/u/0/' });
  try {
    const doc = window.document;
    doc.write(readFileSync(FIXTURE, 'utf8'));
    const list = doc.querySelector('[role=list]')!;
    const expanded = Array.from(list.querySelectorAll('[role=listitem].h7'));
    const customer = expanded.find((item) => item.querySelector('span.gD[email="emma.schneider@example.com"]'))!;
    const agent = expanded.find((item) => item !== customer)!;
    for (const item of Array.from(list.children)) item.remove();
    for (let index = 0; index < messageCount; index++) {
      const item = (index % 2 === 0 ? customer : agent).cloneNode(true);
      item.querySelector('.ip')?.remove();
      const message = item.querySelector('div.adn')!;
      message.setAttribute('data-message-id', `#msg-f:${1849000000000000000n + BigInt(index)}`);
      message.setAttribute('data-legacy-message-id', (0x19a8000000000000n + BigInt(index)).toString(16));
      const sentAt = new Date(FIRST_MESSAGE_AT + index * 7 * HOUR);
      const stamp = item.querySelector('span.g3')!;
      stamp.setAttribute('title', gmailTitleDate(sentAt));
      stamp.textContent = sentAt.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
      const body = item.querySelector('div.a3s > div[dir=ltr]')!;
      body.insertAdjacentHTML('afterbegin', `<div>Message ${index + 1} of ${messageCount} about order #1047.<br><br></div>`);
      list.append(item);
    }
    const last = list.lastElementChild!;
    last.insertAdjacentHTML(
      'beforeend',
      '<div class="ip iq"><div class="amn"><span class="ams bkH" role="link" tabindex="0">Reply</span></div></div>',
    );
    return `<!doctype html>\n${doc.documentElement.outerHTML}`;
  } finally {
    void window.happyDOM.close();
  }
}

/** Gmail's `title` form: "Thu, Oct 1, 2026, 9:00 AM". */
function gmailTitleDate(date: Date): string {
  const day = date.toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  const time = date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  return `${day}, ${time}`;
}
