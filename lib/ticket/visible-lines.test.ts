import { describe, expect, it } from 'vitest';
import { visibleLines } from './visible-lines';

/** Each branch of the scan, with the sender's lines above and below it: none may be lost or reordered. */
const read = (text: string) => visibleLines(text.split('\n'));

describe('visibleLines keeps every line above and below each branch', () => {
  it('code: a fenced block stays whole, a quote mark inside it included', () => {
    expect(read('Run this:\n```\n> not a quote\n```\nThen restart.').own).toEqual([
      'Run this:',
      '```',
      '> not a quote',
      '```',
      'Then restart.',
    ]);
  });

  it("a '>' quote between answers: both answers stay, the blank lines that set the quote off go", () => {
    expect(read('Size M please.\n> Which colour?\n\nBlue.\nThanks').own).toEqual(['Size M please.', 'Blue.', 'Thanks']);
  });

  it('a reply and an attribution on one line: the reply stays, the quote below goes', () => {
    expect(
      read('Parcel arrived.\nAll good now. On Mon, 2 Nov 2026 at 09:15, Shop <help@shop.example> wrote:\n> Did it arrive?').own,
    ).toEqual(['Parcel arrived.', 'All good now.']);
  });

  it("an attribution above a '>' quote the sender answers below: the answer below stays", () => {
    expect(read('Hi,\n\nOn Mon, 2 Nov 2026 at 09:15, Shop <help@shop.example> wrote:\n> Which size?\nSize M.\nRegards').own).toEqual([
      'Hi,',
      '',
      'Size M.',
      'Regards',
    ]);
  });

  it('an attribution above unprefixed history: everything above it stays, nothing below', () => {
    expect(read('Still waiting.\nAny news?\n\nOn Mon, 2 Nov 2026 at 09:15, Shop <help@shop.example> wrote:\nWe shipped it.').own).toEqual([
      'Still waiting.',
      'Any news?',
      '',
    ]);
  });

  it("a client's footer on top is skipped, the message under it stays", () => {
    expect(read('Sent from my iPhone\nMy order is late.\nPlease check.').own).toEqual(['My order is late.', 'Please check.']);
  });

  it('a signature under the text: the text stays', () => {
    expect(read('My order is late.\nPlease check.\n-- \nJane').own).toEqual(['My order is late.', 'Please check.']);
  });

  it('"-----Original Message-----": the text above stays', () => {
    expect(read('My order is late.\n\nPlease check.\n-----Original Message-----\nFrom: Shop').own).toEqual([
      'My order is late.',
      '',
      'Please check.',
    ]);
  });

  it('a header block the sender says they forward: the text above stays, the block is passed on', () => {
    const text =
      "I'm forwarding the courier's mail.\n\nFrom: Courier <info@courier.example>\nSent: Monday, 2 November 2026\nTo: Jane <jane@example.test>\nSubject: Delivery";
    const { own, forwarded } = read(text);
    expect(own).toEqual(["I'm forwarding the courier's mail.", '']);
    expect(forwarded[0]).toBe('From: Courier <info@courier.example>');
  });

  it('a header block on top of everything stays whole, with the text under it', () => {
    const text = 'From: Jane <jane@example.test>\nSent: Monday, 2 November 2026\nTo: Shop <help@shop.example>\n\nMy order is late.';
    expect(read(text).own).toEqual(text.split('\n'));
  });

  it('a forward marker: the note above stays, the forward is passed on', () => {
    const { own, forwarded } = read('See below.\n\n---------- Forwarded message ---------\nFrom: Courier');
    expect(own).toEqual(['See below.', '']);
    expect(forwarded).toEqual(['---------- Forwarded message ---------', 'From: Courier']);
  });

  it('blank lines of any white space are kept as they are, in code and out of it, and the scan goes on below them', () => {
    const blanks = ['', ' ', '\t', '\u00a0', '\u3000'];
    const text = `Size M.\n${blanks.join('\n')}\n\`\`\`\n${blanks.join('\n')}\n\`\`\`\nThanks\n${blanks.join('\n')}\n-- \nMara`;
    expect(read(text).own).toEqual(['Size M.', ...blanks, '```', ...blanks, '```', 'Thanks', ...blanks]);
  });
});

describe('visibleLines: the signer right above a client footer goes with it', () => {
  it('a closing with the name on one line above the footer goes; with no footer under it, it stays', () => {
    expect(read('Hi,\n\nthe box was empty.\n\nCheers, Nora\n\nSent from my iPhone').own).toEqual(['Hi,', '', 'the box was empty.', '']);
    const bare = 'Hi,\n\nthe box was empty.\n\nCheers, Nora';
    expect(read(bare).own).toEqual(bare.split('\n'));
  });

  it("a name above '--' and a client footer goes; above '--' and a name card it stays for the closing rules", () => {
    expect(read('Hello.\n\nThe mug is chipped.\n\nVera\n\n--\nSent from my Android phone').own).toEqual([
      'Hello.',
      '',
      'The mug is chipped.',
      '',
    ]);
    expect(read('Hello.\n\nThe mug is chipped.\n\nVera\n\n--\nVera Holm, Holm Ceramics').own).toEqual([
      'Hello.',
      '',
      'The mug is chipped.',
      '',
      'Vera',
      '',
    ]);
  });
});
