import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import words from './data/long-page-messages.json';

// From the repository root, where the bench and vitest run (happy-dom gives import.meta.url an http scheme in tests).
const GMAIL_FIXTURE = 'tests/fixtures/sites/gmail/2026-11-24-quoted-history.html';
const FIRST_MESSAGE_AT = Date.UTC(2026, 9, 1, 9, 0);
const HOUR = 3_600_000;
const SLOTS = { id: '@@ID@@', legacy: '@@LEGACY@@', title: '@@TITLE@@', day: '@@DAY@@', first: '@@FIRST@@' } as const;

/**
 * A saved Gmail conversation page with `messageCount` expanded messages (as Gmail shows a long
 * thread whose messages are all opened): the quoted-history fixture's page chrome, and its
 * customer and agent messages in turn — each with its sender header, body, signature and quoted
 * history — every one with its own message id, time and first line. Built as a string from two
 * templates, so a 5,000-message (21 MB) page costs what writing it costs (cloning the messages in
 * a DOM ran out of memory at that size). The reading benches use it for 100 and 400 messages too.
 */
export function gmailPageHtml(messageCount: number): string {
  const { chrome, customer, agent } = gmailTemplates();
  const items: string[] = [];
  for (let index = 0; index < messageCount; index++) {
    const sentAt = new Date(FIRST_MESSAGE_AT + index * 7 * HOUR);
    const item = (index % 2 === 0 ? customer : agent)
      .replace(SLOTS.id, `#msg-f:${1849000000000000000n + BigInt(index)}`)
      .replace(SLOTS.legacy, (0x19a8000000000000n + BigInt(index)).toString(16))
      .replace(SLOTS.title, gmailTitleDate(sentAt))
      .replace(SLOTS.day, sentAt.toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }))
      .replace(SLOTS.first, `Message ${index + 1} of ${messageCount} about order #1047.`);
    items.push(index === messageCount - 1 ? withReplyLink(item) : item);
  }
  return chrome.replace('<!--@@MESSAGES@@-->', items.join(''));
}

let templates: { chrome: string; customer: string; agent: string } | undefined;

function gmailTemplates() {
  if (templates) return templates;
  const window = new Window({ url: 'https://mail.google.com/mail/u/0/' });
  try {
    const doc = window.document;
    doc.write(readFileSync(GMAIL_FIXTURE, 'utf8'));
    const list = doc.querySelector('[role=list]')!;
    const expanded = Array.from(list.querySelectorAll('[role=listitem].h7'));
    const customerItem = expanded.find((item) => item.querySelector('span.gD[email="emma.schneider@example.com"]'))!;
    const agentItem = expanded.find((item) => item !== customerItem)!;
    const template = (item: (typeof expanded)[number]) => {
      const copy = item.cloneNode(true);
      copy.querySelector('.ip')?.remove();
      const message = copy.querySelector('div.adn')!;
      message.setAttribute('data-message-id', SLOTS.id);
      message.setAttribute('data-legacy-message-id', SLOTS.legacy);
      const stamp = copy.querySelector('span.g3')!;
      stamp.setAttribute('title', SLOTS.title);
      stamp.textContent = SLOTS.day;
      copy.querySelector('div.a3s > div[dir=ltr]')!.insertAdjacentHTML('afterbegin', `<div>${SLOTS.first}<br><br></div>`);
      return copy.outerHTML;
    };
    const customer = template(customerItem);
    const agent = template(agentItem);
    for (const item of Array.from(list.children)) item.remove();
    list.append(doc.createComment('@@MESSAGES@@'));
    templates = { chrome: `<!doctype html>\n${doc.documentElement.outerHTML}`, customer, agent };
    return templates;
  } finally {
    void window.happyDOM.close();
  }
}

function withReplyLink(item: string): string {
  const end = item.lastIndexOf('</div>');
  return `${item.slice(0, end)}<div class="ip iq"><div class="amn"><span class="ams bkH" role="link" tabindex="0">Reply</span></div></div>${item.slice(end)}`;
}

/** Gmail's `title` form: "Thu, Oct 1, 2026, 9:00 AM". */
function gmailTitleDate(date: Date): string {
  const day = date.toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  const time = date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  return `${day}, ${time}`;
}

/**
 * A helpdesk no adapter knows (read by the generic reader), with `messageCount` entries between a
 * customer and two agents, as such pages look: a sender header with name, address and time, the
 * message in the customer's language (English, German, Spanish), a signature, and the previous
 * message quoted under "On … wrote:". The texts are data (./data/long-page-messages.json).
 */
export function helpdeskPageHtml(messageCount: number): string {
  const entries: string[] = [];
  let previous = '';
  for (let index = 0; index < messageCount; index++) {
    const fromCustomer = index % 2 === 0;
    const sentAt = new Date(FIRST_MESSAGE_AT + index * 5 * HOUR).toISOString();
    const lines = fromCustomer ? words.customer[index % words.customer.length]! : words.agent[index % words.agent.length]!;
    const author = fromCustomer ? 'Lucía Fernández' : index % 4 === 1 ? 'Alex Rivera' : 'Jonas Weber';
    const body = [`Message ${index + 1} of ${messageCount} about order #4521.`, ...lines].map((line) => `<p>${line}</p>`).join('');
    const signature = fromCustomer ? words.customerSignature : words.agentSignature.replace('{agent}', author);
    const quote = previous ? `<p>On ${previous} wrote:</p><blockquote>${lines.join(' ')}</blockquote>` : '';
    entries.push(
      `<div class="thread-entry ${fromCustomer ? 'message' : 'response'}" id="entry-${index + 1}"><div class="thread-entry-header"><span class="author">${author}</span>${fromCustomer ? ' <a href="mailto:lucia.fernandez@example.es">lucia.fernandez@example.es</a>' : ''} <time datetime="${sentAt}">${sentAt.slice(0, 16).replace('T', ' ')}</time></div><div class="thread-body">${body}<div class="signature">${signature}</div>${quote}</div></div>\n`,
    );
    previous = `${sentAt.slice(0, 10)} ${author}`;
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ticket #7730 – Pedido #4521 · Northwind Helpdesk</title></head>
<body><header class="app-header"><a class="brand" href="/">Northwind Helpdesk</a><nav><a href="/tickets?status=open">Open</a> <a href="/tickets?status=pending">Pending</a></nav><div class="user-menu">Signed in as Alex Rivera</div></header>
<div class="layout"><main><div class="ticket-header"><h1 class="ticket-subject">Pedido #4521 – falta un artículo</h1><span class="ticket-number">#7730</span></div>
<h2>Conversation</h2><div class="thread">
${entries.join('')}</div>
<form class="reply-form"><textarea class="reply-box" name="reply" placeholder="Write your reply…"></textarea><button type="button">Send reply</button></form></main></div>
<footer>Northwind Helpdesk 4.2</footer></body></html>`;
}
