import { describe, expect, it } from 'vitest';
import { ThreadSchema } from '@/lib/schemas/ticket';
import { MAX_STRUCTURAL_MESSAGES, readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const URL_ = 'https://desk.example/tickets/77';
const read = (body: string, hints: Parameters<typeof readStructurally>[2] = { site: 'generic' }) => {
  const page = htmlPage(`<!doctype html><html><head><title>Ticket 77 | Desk</title></head><body>${body}</body></html>`, URL_);
  return readStructurally(page.document, page.url, hints);
};
const entry = (name: string, text: string, extra = '') =>
  `<div class="entry"${extra}><span class="author">${name}</span><div class="body"><p>${text}</p></div></div>`;
const roles = (thread: ReturnType<typeof read>) => thread?.messages.map((message) => message.role);

describe('readStructurally: who is the customer', () => {
  it("takes the shop's names and addresses from the hints, and gives the read the hinted site", () => {
    const thread = read(
      `<main><h1>Refund for order 5521</h1><div>${entry('Mara Lind', 'Where is the refund for order 5521 that you promised?')}${entry('Tove Berg', 'The refund was issued today and will show in three days.')}${entry('Mara Lind', 'Thanks, I will wait for it then.')}</div></main>`,
      { site: 'zendesk', self: { names: ['Tove Berg'], emails: [] } },
    );
    expect(ThreadSchema.parse(thread)).toEqual(thread);
    expect(thread!.site).toBe('zendesk');
    expect(roles(thread)).toEqual(['customer', 'agent', 'customer']);
    expect(thread!.customer).toEqual({ name: 'Mara Lind' });
  });

  it('reads the signed-in account from the chrome, never from a message that claims it', () => {
    const conversation = `<div>${entry('Mara Lind', 'Signed in as Tove Berg — hello, please refund order 5521 to my card.')}${entry('Tove Berg', 'The refund was issued today and will show in three days.')}</div>`;
    const withAccount = read(
      `<header><a aria-label="Google Account: Tove Berg (tove@shop.example)" href="#">TB</a></header><main><h1>Refund</h1>${conversation}</main>`,
    );
    expect(roles(withAccount)).toEqual(['customer', 'agent']);
    const claimOnly = read(`<main><h1>Refund</h1>${conversation}</main>`);
    // Nothing but the authors: the first author is the customer, whatever her message says.
    expect(roles(claimOnly)).toEqual(['customer', 'agent']);
    expect(claimOnly!.confidence).toBeLessThan(withAccount!.confidence);
  });

  it.each([
    ['en', 'Internal note'],
    ['de', 'Interne Notiz'],
    ['fr', 'Note interne'],
    ['es', 'Nota interna'],
    ['it', 'Inviato da te'],
    ['nl', 'Interne notitie'],
    ['pt', 'Enviado por você'],
    ['ko', '내부 메모'],
    ['ja', '内部メモ'],
  ])('takes a message labelled as ours (%s: "%s") as the agent\'s, and every message of its author', (_, label) => {
    const labelled = (name: string, text: string) =>
      `<div class="entry"><span class="author">${name}</span> <span class="badge">${label}</span><div class="body"><p>${text}</p></div></div>`;
    const thread = read(
      `<main><h1>Order 5521</h1><div>${entry('Mara Lind', 'My order 5521 has not arrived yet, can you check?')}${labelled('Ola Sand', 'Carrier says delayed, checking tomorrow.')}${entry('Ola Sand', 'Your parcel is delayed by a day, sorry about that.')}${entry('Mara Lind', 'Thanks, good to know about the delay.')}</div></main>`,
    );
    expect(roles(thread)).toEqual(['customer', 'agent', 'agent', 'customer']);
  });

  it('takes "You"/"me" as the sender for ours', () => {
    const thread = read(
      `<main><h1>Napkins</h1><ul>${['Élodie M', 'You', 'Élodie M'].map((name, i) => `<li class="msg">${entry(name, `Message number ${i} about the napkins order 3345120987`)}</li>`).join('')}</ul></main>`,
    );
    expect(roles(thread)).toEqual(['customer', 'agent', 'customer']);
  });

  it('takes the end side of a chat layout for ours, from inline styles or utility classes only', () => {
    const bubble = (side: string, text: string) =>
      `<div ${side}><div class="bubble"><div class="text">${text}</div><time>Dec 1</time></div></div>`;
    const byStyle = read(
      `<main><h1>Chat</h1><div role="log">${bubble('class="row" style="justify-content:flex-start"', 'Is the alpaca scarf in stock again?')}${bubble('class="row" style="justify-content: flex-end"', 'Yes, it came back in stock today.')}${bubble('class="row" style="justify-content:flex-start"', 'Great, ordering now, thank you!')}</div></main>`,
    );
    expect(roles(byStyle)).toEqual(['customer', 'agent', 'customer']);
    const byClass = read(
      `<main><h1>Chat</h1><div role="log">${bubble('class="row justify-start"', 'Is the alpaca scarf in stock again?')}${bubble('class="row justify-end"', 'Yes, it came back in stock today.')}</div></main>`,
    );
    expect(roles(byClass)).toEqual(['customer', 'agent']);
    // A right-to-left page puts ours on the left.
    const rtl = read(
      `<main dir="rtl"><h1>Chat</h1><div role="log">${bubble('class="row" style="justify-content:flex-end"', 'Is the alpaca scarf in stock again?')}${bubble('class="row" style="justify-content:flex-start"', 'Yes, it came back in stock today.')}</div></main>`,
    );
    expect(roles(rtl)).toEqual(['customer', 'agent']);
  });

  it('drops status events and platform notices, so none is the latest customer message', () => {
    const thread = read(
      `<main><h1>Order 5521</h1><div>${entry('Mara Lind', 'My order 5521 has not arrived yet, can you check?')}${entry('Ola Sand', 'Ola Sand changed the status to Pending')}${entry('Amazon', 'Your message was delivered to the buyer.')}</div></main>`,
    );
    expect(thread!.messages.map((message) => message.text)).toEqual(['My order 5521 has not arrived yet, can you check?']);
  });
});

describe('readStructurally: bounded on any page', () => {
  it(`reads the newest ${MAX_STRUCTURAL_MESSAGES} messages of a longer conversation`, () => {
    const entries = Array.from({ length: 260 }, (_, i) =>
      entry(i % 2 ? 'Ola Sand' : 'Mara Lind', `Message ${i} about order 5521 and its delivery`),
    ).join('');
    const thread = read(`<main><h1>Long</h1><div>${entries}</div></main>`);
    expect(thread!.messages).toHaveLength(MAX_STRUCTURAL_MESSAGES);
    expect(thread!.messages.at(-1)!.text).toContain('Message 259');
  });

  it('reads a conversation beside a 10,000-deep nest without overflowing the stack', () => {
    const page = htmlPage(
      `<!doctype html><html><body><main><h1>Deep</h1><div id="c">${entry('Mara Lind', 'Where is my order 5521, please?')}${entry('Ola Sand', 'It ships tomorrow morning.')}</div><div id="deep"></div></main></body></html>`,
      URL_,
    );
    let node = page.document.getElementById('deep')!;
    for (let depth = 0; depth < 10_000; depth++) node = node.appendChild(page.document.createElement('div'));
    node.textContent = 'bottom';
    const thread = readStructurally(page.document, page.url, { site: 'generic' });
    expect(thread?.messages.map((message) => message.role)).toEqual(['customer', 'agent']);
  });

  it('skips a bad container selector from a site profile and reads the page', () => {
    const thread = read(
      `<main><h1>Order</h1><div class="log">${entry('Mara Lind', 'Where is my order 5521, please?')}${entry('Ola Sand', 'It ships tomorrow morning.')}</div></main>`,
      {
        site: 'freshdesk',
        containerSelectors: ['::not a selector', '.log'],
      },
    );
    expect(thread!.messages).toHaveLength(2);
  });
});
