import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

/** A case page of some helpdesk: mails as cards, the case's own lines between them. */
const mail = (who: string, when: string, text: string) =>
  `<div class="conv-card"><div class="conv-head"><b class="conv-from">${who}</b> <time datetime="${when}">${when.slice(0, 10)}</time></div><div class="conv-text"><p>${text}</p></div></div>`;
/** A line that shows its time is read as a block like a mail: its words say what it is. */
const line = (classes: string, text: string) => `<div class="${classes}"><span>${text}</span> <time>3 dec</time></div>`;

const read = (rows: string) => {
  const page = htmlPage(
    `<body><main><h1>Stol med lös sits</h1><div class="conv-list">${rows}</div></main></body>`,
    'https://cases.example.se/c/31',
  );
  return readStructurally(page.document, page.url, { site: 'generic' })!;
};

const opening = mail('Nils Berg', '2026-12-01T09:00:00Z', 'Sitsen på stolen sitter löst, kan ni skicka nya skruvar?');
const reply = mail('Stina Ek', '2026-12-01T11:00:00Z', 'Vi skickar skruvar i dag.');
const again = mail('Nils Berg', '2026-12-04T08:30:00Z', 'Skruvarna kom, men en saknas.');

describe("a case's own lines between its mails are no messages", () => {
  it('in Swedish: a status change and a link to another case', () => {
    const thread = read(
      `${opening}${reply}${line('conv-row', 'Ärendet länkades till #3120 av Stina Ek')}${line('conv-row', 'Status ändrad: Väntar → Öppen')}${again}`,
    );
    expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it('in Portuguese: "marked as closed" and the customer\'s rating of the conversation', () => {
    const thread = read(
      `${opening}${reply}${line('conv-row', 'Stina Ek marcou como Fechada')}${line('conv-row', 'Nils Berg classificou a conversa como Boa')}${again}`,
    );
    expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it("a rule's or an agent's tag line, in German and French (a build that dropped the event's test id)", () => {
    const thread = read(
      `${opening}${line('conv-row', 'Regel „Schaden“: Tag hinzugefügt – defekt')}${reply}${line('conv-row', 'Stina Ek a ajouté le tag vis')}${again}`,
    );
    expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it('in any language when the page calls the row a line item', () => {
    const thread = read(
      `${opening}${reply}${line('conv-lineitem', 'Stina Ek oznaczyła jako Zamknięte')}${line('conv-lineitem', 'Nils Berg ocenił rozmowę: „Szybko, dziękuję”')}${again}`,
    );
    expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
  });
});
