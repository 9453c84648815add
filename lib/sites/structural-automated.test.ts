import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const read = (body: string) => {
  const { document, url } = htmlPage(
    `<!doctype html><html><body><main><h1>Order 7781</h1>${body}</main></body></html>`,
    'https://desk.example/t/7781',
  );
  return readStructurally(document, url, { site: 'generic' });
};
const line = (name: string, text: string, extra = '') =>
  `<div class="line${extra}"><div class="line__name">${name}</div><div class="line__text">${text}</div></div>`;
const roles = (thread: ReturnType<typeof read>) => thread?.messages.map((message) => message.role);

describe("the shop's automated replies are ours", () => {
  it.each([
    ['en', 'Northwind (automated)'],
    ['en', 'Northwind Bot'],
    ['de', 'Northwind · Automatische Antwort'],
    ['fr', 'Northwind — réponse automatique'],
    ['es', 'Northwind (respuesta automática)'],
    ['ko', 'Northwind 자동 응답'],
    ['ja', 'Northwind 自動返信'],
  ])('a reply signed "%s: %s" is the agent\'s, not the customer\'s', (_, sender) => {
    const thread = read(
      `<div>${line('Beatriz Costa', 'Olá! Comprei o casaco tamanho M mas ficou grande. Posso trocar?')}${line(sender, 'Your order #NW-7781 was delivered on Dec 2. An agent will reply shortly.')}${line('Beatriz Costa', 'Obrigada, fico à espera da resposta de alguém da equipa.')}</div>`,
    );
    expect(roles(thread)).toEqual(['customer', 'agent', 'customer']);
    expect(thread!.customer.name).toBe('Beatriz Costa');
  });

  it('keeps a block marked automated by its class as a message from us, not an event', () => {
    const thread = read(
      `<div>${line('Beatriz Costa', 'Olá! Comprei o casaco tamanho M mas ficou grande. Posso trocar?')}${line('Northwind', 'Your order #NW-7781 was delivered on Dec 2. An agent will reply shortly.', ' line--automated')}${line('Beatriz Costa', 'Obrigada, fico à espera da resposta de alguém da equipa.')}</div>`,
    );
    expect(thread!.messages).toHaveLength(3);
    expect(roles(thread)).toEqual(['customer', 'agent', 'customer']);
  });

  it("keeps a signed block marked `auto` (a rule's reply) as a message from us; an unsigned `auto` line stays an event", () => {
    const thread = read(
      `<div>${line('Beatriz Costa', 'Olá! Comprei o casaco tamanho M mas ficou grande. Posso trocar?')}${line('Northwind', 'Thanks for writing! We answer Monday to Friday, 9 to 5.', ' line--out line--auto')}<div class="line line--auto"><div class="line__text">Conversation assigned to Sofia Lind.</div></div>${line('Sofia Lind', 'Hi Beatriz! Yes, size S is in stock; a return label is on its way.', ' line--out')}${line('Beatriz Costa', 'Obrigada, fico à espera da etiqueta.')}</div>`,
    );
    expect(thread!.messages.map((message) => message.author.name)).toEqual(['Beatriz Costa', 'Northwind', 'Sofia Lind', 'Beatriz Costa']);
    expect(roles(thread)).toEqual(['customer', 'agent', 'agent', 'customer']);
  });

  it("still leaves out the platform's own notices and unsigned automated lines", () => {
    const thread = read(
      `<div>${line('Beatriz Costa', 'Olá! Comprei o casaco tamanho M mas ficou grande. Posso trocar?')}${line('Automated message', 'Your message was delivered to the buyer.')}${line('Sofia Lind', 'Hi Beatriz! Yes, size S is in stock; a return label is on its way.')}<div class="line line--automated"><div class="line__time"><time datetime="2026-12-04T09:00:00Z">9:00</time></div><div class="line__text">Status changed to pending.</div></div></div>`,
    );
    expect(thread!.messages.map((message) => message.author.name)).toEqual(['Beatriz Costa', 'Sofia Lind']);
  });

  it('does not take a customer whose name merely contains a label word for a bot', () => {
    const thread = read(
      `<div>${line('Emma Abbott', 'My parcel for order 7781 never arrived, can you check the tracking?')}${line('Sofia Lind', 'I am sorry, Emma: the carrier lost it; a new one ships today.')}</div>`,
    );
    expect(roles(thread)).toEqual(['customer', 'agent']);
  });
});

describe("the shop's assistant is ours", () => {
  it.each([
    ['en', 'Pacific Threads Assistant'],
    ['en', 'Northwind Virtual Agent'],
    ['de', 'Northwind Assistent'],
    ['fr', 'Assistante Northwind'],
    ['es', 'Asistente virtual de Northwind'],
    ['ko', 'Northwind 어시스턴트'],
    ['ja', 'Northwind アシスタント'],
  ])('a reply from "%s: %s" is the agent\'s', (_, sender) => {
    const thread = read(
      `<div>${line('Marisol Vega', 'hi, my package came today but the linen throw isnt in it')}${line(sender, 'Thanks for reaching out! A member of our team will be with you shortly.')}${line('Marisol Vega', 'Thanks, it is a present so I need it by the 20th.')}</div>`,
    );
    expect(roles(thread)).toEqual(['customer', 'agent', 'customer']);
    expect(thread!.customer.name).toBe('Marisol Vega');
  });

  it('reads "assistant" in the sender\'s name only, not in a button beside it', () => {
    const thread = read(
      `<div><div class="line"><div class="line__name">Marisol Vega</div><span>Ask the AI assistant</span><div class="line__text">hi, my package came today but the linen throw isnt in it</div></div>${line('Dana Brooks', 'Hi Marisol, I am checking with our warehouse now.')}</div>`,
    );
    expect(roles(thread)).toEqual(['customer', 'agent']);
  });
});

describe("a sender named with the shop's name from settings is ours", () => {
  it('reads "Northwind Help Desk" as ours when settings name the shop Northwind', () => {
    const { document, url } = htmlPage(
      `<!doctype html><html><body><main><h1>Order 7781</h1><div>${line('Northwind Help Desk', 'Hello Beatriz, how did the coat fit? Reply here if anything is wrong.')}${line('Beatriz Costa', 'Olá! O casaco ficou grande. Posso trocar?')}${line('Northwind Help Desk', 'Of course, Beatriz: a return label is on its way.')}${line('Beatriz Costa', 'Obrigada!! Recebi a etiqueta.')}</div></main></body></html>`,
      'https://desk.example/t/7781',
    );
    const thread = readStructurally(document, url, { site: 'generic', self: { names: ['Northwind'], emails: [] } });
    expect(roles(thread)).toEqual(['agent', 'customer', 'agent', 'customer']);
    expect(thread!.customer.name).toBe('Beatriz Costa');
  });
});
