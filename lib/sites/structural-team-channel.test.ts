import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { teamChannelRoles } from './structural-team-channel';
import { htmlPage } from './testing/fixture-page';

// A shared inbox whose build hashed every class: the mail cards and the team's chat posts differ only in markup.
const read = (body: string) => {
  const { document, url } = htmlPage(
    `<!doctype html><html lang="en"><body><div class="k3Lq"><span class="u7" title="Signed in as Omar Haddad">OH</span></div>
     <main class="p0Qx"><h1 class="t9Zz">Wrong size of hiking boots</h1><div class="s4Rr">${body}</div></main></body></html>`,
    'https://inbox.example/conversations/5521',
  );
  return readStructurally(document, url, { site: 'generic' });
};
const mail = (name: string, email: string, to: string, time: string, text: string) =>
  `<section class="m1Xa"><div class="h2Yb"><strong>${name}</strong> <span>&lt;${email}&gt;</span><div>To: ${to}</div><time datetime="${time}">${time.slice(11, 16)}</time></div><div class="b3Zc"><p>${text}</p></div></section>`;
const post = (name: string, time: string, text: string) =>
  `<div class="c5Wd" role="article"><span class="a6Ve">${name.slice(0, 1)}</span><div><b>${name}</b> <span>${text}</span><time datetime="${time}">${time.slice(11, 16)}</time></div></div>`;
const CUSTOMER = ['Maya Lind', 'maya.lind@example.se'] as const;

describe("a team's chat posts between the mail, once their classes are hashed", () => {
  it("reads them as ours, and the customer's newest mail as her latest message", () => {
    const thread = read(
      mail(...CUSTOMER, 'help@trailgear.example', '2026-12-01T08:00:00Z', 'The boots are a size too small, can I swap them for 42?') +
        post('Priya Nair', '2026-12-01T08:30:00Z', '@Omar we have 42 in stock, go ahead with the swap.') +
        mail(
          'Omar Haddad',
          'help@trailgear.example',
          'Maya Lind',
          '2026-12-01T09:00:00Z',
          'Hi Maya, of course: a label for the swap is attached.',
        ) +
        mail(...CUSTOMER, 'help@trailgear.example', '2026-12-02T10:00:00Z', 'Thanks! Sent them back today.') +
        post('Priya Nair', '2026-12-02T11:00:00Z', 'Return scanned, releasing the 42s now.'),
    );
    expect(thread?.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'agent', 'customer', 'agent']);
    expect(thread?.customer).toEqual({ name: 'Maya Lind', email: 'maya.lind@example.se' });
  });
});

describe('teamChannelRoles', () => {
  const kinds = ['mail', 'post', 'mail', 'mail', 'post'];
  it("fills in the posts of people who never write mail, beside mail that holds the first author's and ours", () => {
    expect(teamChannelRoles(kinds, ['maya', 'priya', 'omar', 'maya', 'priya'], [null, null, 'agent', null, null])).toEqual([
      null,
      'agent',
      'agent',
      null,
      'agent',
    ]);
  });

  it('leaves a kind alone when the customer, or anyone who writes mail, or no one signed posts in it', () => {
    expect(teamChannelRoles(kinds, ['maya', 'maya', 'omar', 'maya', 'priya'], [null, null, 'agent', null, null])).toEqual([
      null,
      null,
      'agent',
      null,
      null,
    ]);
    expect(teamChannelRoles(kinds, ['maya', '', 'omar', 'maya', 'priya'], [null, null, 'agent', null, null])).toEqual([
      null,
      null,
      'agent',
      null,
      null,
    ]);
    // No answer of ours in the first author's kind: nothing shows which side the other kind is on.
    expect(teamChannelRoles(kinds, ['maya', 'priya', 'omar', 'maya', 'priya'], [null, null, null, null, null])).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
