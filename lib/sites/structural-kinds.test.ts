import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { teamKindRoles } from './structural-kinds';
import { htmlPage } from './testing/fixture-page';

const read = (body: string) => {
  const { document, url } = htmlPage(
    `<!doctype html><html lang="en"><body><main><h1 class="subject">Gift wrapping for order 2284</h1><div class="timeline">${body}</div></main></body></html>`,
    'https://desk.example/c/2284',
  );
  return readStructurally(document, url, { site: 'generic' });
};
const message = (way: 'in' | 'out', name: string, email: string, time: string, text: string) =>
  `<div class="message message--${way}bound"><div class="message-header"><span class="sender-name">${name}</span> <span>${email}</span> <time datetime="${time}">${time.slice(11, 16)}</time></div><div class="message-body">${text}</div></div>`;
const comment = (name: string, time: string, text: string) =>
  `<div class="comment"><span class="comment-author">${name}</span><span class="comment-body">${text}</span><time datetime="${time}">${time.slice(11, 16)}</time></div>`;
const roles = (thread: ReturnType<typeof read>) => thread?.messages.map((one) => one.role);

describe("teammates' internal comments in the timeline are ours", () => {
  it("reads the comments as the agents', also by a teammate who never wrote to the customer", () => {
    const thread = read(
      message('in', 'Ken Ito', 'ken@example.jp', '2026-12-01T01:15:00Z', 'Could you gift-wrap order 2284 with a noshi paper, please?') +
        comment('Hana Sato', '2026-12-01T01:31:00Z', '@Daisuke do we still have noshi paper in stock?') +
        comment('Daisuke Mori', '2026-12-01T02:02:00Z', 'Yes, plenty. Hand-written names add one day.') +
        message(
          'out',
          'Hana Sato',
          'support@kohaharu.example',
          '2026-12-01T02:20:00Z',
          'Dear Ken, gladly: it ships on the 4th with the noshi paper.',
        ) +
        message('in', 'Ken Ito', 'ken@example.jp', '2026-12-03T08:44:00Z', 'Thank you! Could you send a second set to our Osaka office?'),
    );
    expect(roles(thread)).toEqual(['customer', 'agent', 'agent', 'agent', 'customer']);
    expect(thread!.customer).toEqual({ name: 'Ken Ito', email: 'ken@example.jp' });
  });

  it("never takes a kind that holds the customer's messages for ours", () => {
    const thread = read(
      comment('Ken Ito', '2026-12-01T01:15:00Z', 'Could you gift-wrap order 2284 with a noshi paper, please?') +
        message('out', 'Hana Sato', 'support@kohaharu.example', '2026-12-01T02:20:00Z', 'Dear Ken, gladly: it ships on the 4th.') +
        comment('Ken Ito', '2026-12-03T08:44:00Z', 'Thank you! Could you send a second set to our Osaka office?'),
    );
    expect(roles(thread)).toEqual(['customer', 'agent', 'customer']);
  });
});

describe('teamKindRoles', () => {
  it('fills in only undecided blocks of a kind with ours and no customer, beside a customer kind', () => {
    expect(teamKindRoles(['m', 'c', 'c', 'm'], ['customer', 'agent', null, 'agent'])).toEqual(['customer', 'agent', 'agent', 'agent']);
    // One kind for everyone (a mail thread): nothing to tell apart.
    expect(teamKindRoles(['m', 'm', 'm'], ['customer', 'agent', null])).toEqual(['customer', 'agent', null]);
    // No customer known by evidence: the default decides, not the kind.
    expect(teamKindRoles(['m', 'c', 'c'], [null, 'agent', null])).toEqual([null, 'agent', null]);
  });
});
