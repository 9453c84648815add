import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

/** A messaging log: every bubble a sender line with a phone number, a marked body and a clock. */
const bubble = (side: 'in' | 'out', who: string, text: string, at: string) =>
  `<article class="log-item log-item--${side === 'in' ? 'customer' : 'agent'}">
     <div class="avatar">${who.slice(0, 2)}</div><div class="sender">${who}</div>
     <div class="bubble-content">${text}</div>
     <time datetime="${at}">${at.slice(11, 16)}</time><span class="receipt">✓✓</span></article>`;

describe("a chat bubble's marked body, however short beside its sender line and clock", () => {
  it('is the message: two short bubbles in a row stay two messages, without the clock', () => {
    const page = htmlPage(
      `<body><main><h1>Conversation with Ana Lima</h1><section role="log">
        ${bubble('in', 'Ana Lima <span>+55 11 91234-5678</span>', 'Where is my order?', '2026-11-20T10:00:00Z')}
        ${bubble('out', 'Rui Costa', 'Could you give me the order number, please?', '2026-11-20T10:01:00Z')}
        ${bubble('in', 'Ana Lima <span>+55 11 91234-5678</span>', 'CJ-48213', '2026-11-20T10:02:00Z')}
        ${bubble('in', 'Ana Lima <span>+55 11 91234-5678</span>', 'ok?', '2026-11-20T10:03:00Z')}
      </section></main></body>`,
      'https://helpdesk.example/chat/1',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map((message) => [message.role, message.text])).toEqual([
      ['customer', 'Where is my order?'],
      ['agent', 'Could you give me the order number, please?'],
      ['customer', 'CJ-48213'],
      ['customer', 'ok?'],
    ]);
    // The phone number beside the name is an identity of its own (./name-extras.ts).
    expect(thread.customer).toEqual({ name: 'Ana Lima' });
  });
});
