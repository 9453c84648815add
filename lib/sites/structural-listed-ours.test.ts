import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { findNameLists, listedBesideOurs } from './structural-listed-ours';
import { htmlPage } from './testing/fixture-page';

const post = (who: string, text: string, at: string, label = '') =>
  `<li class="post"><header class="post-head"><b class="post-who">${who}</b>${label} <span class="post-at" title="${at}">${at}</span></header><div class="post-text">${text}</div></li>`;

/** A Kayako-like case (not Zendesk's markup): a salesman opened it for a customer he met, pasting her question. */
const caseWith = (sidebar: string) =>
  htmlPage(
    `<body><div class="topbar"><span class="who-am-i" title="Signed in as Chloe Dunn">CD</span></div>
     <section class="case"><h1>Walnut desk – delivery before the holidays</h1><ol class="posts">
      ${post('Ben Ortiz &lt;ben.ortiz@walnutworks.example&gt;', 'Hi team, a customer I met at the design fair asked me this: "Can the walnut desk reach Porto before the 20th?" Could you take it over?', '01 Dec 2026 09:10')}
      ${post('Chloe Dunn', 'Hello Inês, yes: we can ship it on Monday by courier, it arrives within four days.', '01 Dec 2026 11:30')}
      ${post('Sam Lee', 'Courier booked for Monday.', '01 Dec 2026 12:02', '<i class="post-kind">Internal note</i>')}
      ${post('Inês Carvalho &lt;ines.carvalho@example.pt&gt;', 'Wonderful, thank you! Please send the invoice to my studio.', '02 Dec 2026 18:45')}
     </ol></section>
     <aside class="case-props">${sidebar}<dl><dt>Priority</dt><dd>Normal</dd></dl></aside></body>`,
    'https://walnutworks.kayako.example/agent/cases/311',
  );
const read = (sidebar: string) => {
  const thread = readStructurally(caseWith(sidebar).document, new URL('https://walnutworks.kayako.example/agent/cases/311'), {
    site: 'generic',
  })!;
  return { roles: thread.messages.map((message) => message.role), customer: thread.customer };
};

describe('a writer the page lists beside one of us is ours', () => {
  it("reads the colleague who opened the case for the customer as ours when the case's watchers list him beside an agent", () => {
    expect(read('<dl><dt>Watchers</dt><dd>Ben Ortiz; Sam Lee</dd></dl>')).toEqual({
      roles: ['agent', 'agent', 'agent', 'customer'],
      customer: { name: 'Inês Carvalho', email: 'ines.carvalho@example.pt' },
    });
    // Unlisted, he is a second customer (a forwarder, a customer's partner): the rule needs the list.
    expect(read('').roles).toEqual(['customer', 'agent', 'agent', 'customer']);
  });

  it('never takes a list that names every writer outside (a "Participants" list) or one with no agent in it', () => {
    const participants = '<p class="people">Ben Ortiz, Inês Carvalho, Chloe Dunn</p>';
    expect(read(participants).roles).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(read('<p>Ben Ortiz, Inês Carvalho</p>').roles).toEqual(['customer', 'agent', 'agent', 'customer']);
  });

  it('leaves the writers no list names, and takes only texts outside the conversation that are names and nothing else', () => {
    expect(listedBesideOurs(['ben ortiz', 'ana ruiz', 'sam lee'], new Set(['sam lee']), [['ben ortiz', 'sam lee']])).toEqual([
      true,
      false,
      false,
    ]);
    const page = htmlPage(
      `<body><ol id="log"><li>Ana Ruiz, Ben Ortiz</li></ol><p>Sam Lee: 3 cases, Ben Ortiz: 1 case</p><p>Thanks, see you Monday, 10:00</p><p>Sam Lee, Ben Ortiz</p></body>`,
      'https://desk.example/cases/1',
    );
    expect(findNameLists(page.document, page.document.getElementById('log'))).toEqual([['sam lee', 'ben ortiz']]);
  });
});
