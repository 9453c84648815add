import { describe, expect, it } from 'vitest';
import { withDisplayName } from './structural-display-name';
import { htmlPage } from './testing/fixture-page';

const doc = (body: string) => htmlPage(`<!doctype html><body>${body}</body>`, 'https://shop.example/').document;

describe('withDisplayName', () => {
  it('names a customer known by a handle by the name written before "(handle)"', () => {
    expect(withDisplayName(doc('<aside><p>Acheté par Claire Delatour (claire_dlt75)</p></aside>'), { name: 'claire_dlt75' })).toEqual({
      name: 'Claire Delatour',
    });
    expect(
      withDisplayName(doc('<p>Sold to <span>Caleb Wright</span> (caleb_wright_mt)</p>'), { name: 'caleb_wright_mt', email: 'c@x.example' }),
    ).toEqual({
      name: 'Caleb Wright',
      email: 'c@x.example',
    });
  });

  it('keeps a real name, a handle with no name beside it, and ignores hidden text', () => {
    expect(withDisplayName(doc('<p>Sold to Caleb Wright (Mia Hoffmann)</p>'), { name: 'Mia Hoffmann' })).toEqual({ name: 'Mia Hoffmann' });
    expect(withDisplayName(doc('<p>Buyer: (claire_dlt75)</p>'), { name: 'claire_dlt75' })).toEqual({ name: 'claire_dlt75' });
    expect(withDisplayName(doc('<div hidden><p>Sold to Eve Mallory (claire_dlt75)</p></div>'), { name: 'claire_dlt75' })).toEqual({
      name: 'claire_dlt75',
    });
  });
});

describe('withDisplayName: a given name with the full name shown beside the conversation', () => {
  const page = (outside: string) =>
    doc(`${outside}<section id="chat"><div class="line"><b>Ingrid</b><p>Hej, the lid is cracked.</p><p>Ingrid Lund</p></div></section>`);
  const chat = (document: Document) => document.getElementById('chat');

  it('takes the one fuller name outside the conversation, after a field label or not', () => {
    const card = page('<div class="deal"><span>Kund: Ingrid Holm</span><span>Order 5512</span></div>');
    expect(withDisplayName(card, { name: 'Ingrid' }, chat(card))).toEqual({ name: 'Ingrid Holm' });
    const header = page('<h2>Ingrid van Dijk</h2>');
    expect(withDisplayName(header, { name: 'Ingrid' }, chat(header))).toEqual({ name: 'Ingrid van Dijk' });
  });

  it('keeps the given name when the fuller one is only in the messages, in a list row, or not one person', () => {
    const inside = page('<p>Kund: Ingrid</p>');
    expect(withDisplayName(inside, { name: 'Ingrid' }, chat(inside))).toEqual({ name: 'Ingrid' });
    const row = page('<ul><li>Ingrid Berg</li></ul>');
    expect(withDisplayName(row, { name: 'Ingrid' }, chat(row))).toEqual({ name: 'Ingrid' });
    const two = page('<p>Ingrid Holm</p><p>Ingrid Sand</p>');
    expect(withDisplayName(two, { name: 'Ingrid' }, chat(two))).toEqual({ name: 'Ingrid' });
    // A lower-case word after the name is a sentence, not a surname.
    const sentence = page('<label>Ingrid svarar snart</label>');
    expect(withDisplayName(sentence, { name: 'Ingrid' }, chat(sentence))).toEqual({ name: 'Ingrid' });
  });
});
