import { describe, expect, it } from 'vitest';
import { findMessageBlocks } from './generic-blocks';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const page = (body: string) => htmlPage(`<!doctype html><html><body>${body}</body></html>`, 'https://chat.example/c/1');
const bubble = (name: string, text: string) => `<div class="bubble"><span class="author">${name}</span><p>${text}</p></div>`;
/** The customer's rows carry an avatar and one modifier, ours another: two sibling signatures. */
const inbound = (text: string) => `<div class="row--in"><span class="avatar">MK</span>${bubble('Mia Koch', text)}</div>`;
const outbound = (name: string, text: string) => `<div class="row--out">${bubble(name, text)}</div>`;

describe('withOtherSide: both parties of a chat whose bubbles differ in markup', () => {
  it("reads the customer's rows beside ours, in the page's order", () => {
    const { document, url } = page(
      `<main><h1>Lieferadresse ändern</h1><div class="log"><div class="day">Today</div>${inbound('Hallo, ich möchte meine Lieferadresse für Bestellung 4471 ändern.')}${outbound('Ben Roth', 'Gern, wie lautet die neue Adresse? Wir versenden heute Nachmittag.')}${outbound('Ben Roth', 'Ich habe die Bestellung so lange angehalten, bis Sie antworten.')}${inbound('Danke! Neue Adresse: Gartenweg 12, 10115 Berlin. Geht das noch?')}</div></main>`,
    );
    const texts = findMessageBlocks(document)!.blocks.map((block) => block.querySelector('p')!.textContent!.slice(0, 12));
    expect(texts).toEqual(['Hallo, ich m', 'Gern, wie la', 'Ich habe die', 'Danke! Neue ']);
    const thread = readStructurally(document, url, { site: 'generic' });
    expect(thread!.messages.map((message) => message.author.name)).toEqual(['Mia Koch', 'Ben Roth', 'Ben Roth', 'Mia Koch']);
    expect(thread!.customer.name).toBe('Mia Koch');
    expect(thread!.messages.at(-1)!.role).toBe('customer');
  });

  it('leaves out siblings with no sender cue (day separators, a typing line) and hidden ones', () => {
    const { document } = page(
      `<main><div class="log">${outbound('Ben Roth', 'Guten Tag, wie kann ich Ihnen heute helfen?')}<div class="row--day"><p>Gestern</p></div>${outbound('Ben Roth', 'Sind Sie noch da? Ich schließe den Chat sonst gleich.')}<div class="row--in" hidden>${bubble('Alt', 'Eine alte, ausgeblendete Nachricht aus dem Verlauf')}</div></div></main>`,
    );
    expect(findMessageBlocks(document)!.blocks).toHaveLength(2);
  });
});

describe('withOtherSide: messages of another tag that announce themselves', () => {
  it("reads a team's note posts (li) between the mail cards (section), and not a timed day divider", () => {
    const mail = (who: string, address: string, at: string, text: string) =>
      `<section class="card"><h4 class="sender">${who} &lt;${address}&gt;</h4><time datetime="${at}">${at}</time><div class="text"><p>${text}</p></div></section>`;
    const { document, url } = page(
      `<main><h1>Paraply gik i stykker</h1><div class="timeline">
       ${mail('Freja Lund', 'freja@mail.example', '2026-11-30T09:00:00Z', 'Min paraply knækkede første gang det blæste. Kan jeg få en ny?')}
       <li class="internal" data-testid="note-item"><strong>Ole Berg</strong> <span>Tjek om det er den defekte batch fra oktober, tak.</span><time datetime="2026-11-30T09:30:00Z">09:30</time></li>
       <div class="divider"><time datetime="2026-12-01">1. dec.</time></div>
       ${mail('Rain Shop', 'hej@rain.example', '2026-12-01T10:00:00Z', 'Beklager! Vi sender en ny paraply i dag, den gamle må du beholde.')}
       ${mail('Freja Lund', 'freja@mail.example', '2026-12-02T08:00:00Z', 'Tusind tak, den nye er kommet og holder fint.')}
       </div></main>`,
    );
    const thread = readStructurally(document, url, { site: 'generic', self: { names: [], emails: ['hej@rain.example'] } })!;
    expect(thread.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(thread.messages[1]!.text).toContain('defekte batch');
  });
});
