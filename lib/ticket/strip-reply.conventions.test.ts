import { describe, expect, it } from 'vitest';
import { stripReply } from './strip-reply';

/**
 * Rules added after the first run on other projects' suites (strip-reply.packages.test.ts),
 * each in a shop's own words so the rule, not the suite's row, is what is held.
 */
describe('stripReply: rules learnt from other suites', () => {
  it('cuts a slash-signed name under the answer, keeps a dashed one (the suites that have one keep it)', () => {
    expect(stripReply('Hej,\n\nkan ni skicka kvittot igen?\n\n/Nils\n')).toBe('Hej,\n\nkan ni skicka kvittot igen?');
    expect(stripReply('Hej,\n\nkan ni skicka kvittot igen?\n\n/ Nils B.')).toBe('Hej,\n\nkan ni skicka kvittot igen?');
    expect(stripReply('Can you resend the receipt?\n\n-Nils')).toBe('Can you resend the receipt?\n\n-Nils');
    expect(stripReply('/Nils')).toBe('/Nils');
    expect(stripReply('The files are in\n\n/Shared/Receipts')).toBe('The files are in\n\n/Shared/Receipts');
  });

  it('reads the plural "escribieron" (iCloud in Spanish) as an attribution', () => {
    expect(stripReply('Perfecto, gracias.\n\nEl 2/11/2026 10:00, Tienda Sol <hola@sol.example> escribieron:\n\nSu pedido salió hoy.')).toBe(
      'Perfecto, gracias.',
    );
  });

  it("keeps arrows that frame a line of the sender's own text (not a quote)", () => {
    const body = 'Our new store is open:\n>>> www.lamps.example <<<\nSee you there';
    expect(stripReply(body)).toBe(body);
  });

  it('treats a link the client wrapped out of the quote as quote', () => {
    const body = [
      'Still waiting for the refund.',
      '',
      'On Mon, 30 Nov 2026 at 09:12, Lamps Support <help@lamps.example> wrote:',
      '>',
      '> Track your return here',
      ' (http://lamps.example/r/Yz4O) >',
      '> View the order (http://lamps.example/orders/4471?',
      'token=3dd518)',
      '>',
    ].join('\n');
    expect(stripReply(body)).toBe('Still waiting for the refund.');
  });

  it('cuts at a lone "From: address" line set off by blank lines, and keeps text above it', () => {
    expect(
      stripReply('Tuesday 9–12 works for the pickup.\n\nFrom: help@lamps.example\n\n<http://lamps.example/c/dHJh\n>\n\nTicket: 4471'),
    ).toBe('Tuesday 9–12 works for the pickup.');
    expect(stripReply('My address is:\nFrom: Jane Roe, 12 High St')).toBe('My address is:\nFrom: Jane Roe, 12 High St');
  });

  it('keeps the text between an answer and a later line when a quote block is cut from between them', () => {
    expect(stripReply('Size M please.\nOn 30/11/2026 09:12, Lamps Support wrote:\n\n> Which size?\n\nRegards, Jane')).toBe(
      'Size M please.\nRegards, Jane',
    );
  });

  it('keeps a header block that sits on top of everything whole (a forward without its marker)', () => {
    const body =
      'From: Jane Roe\nSent: 30 November 2026 14:26\nTo: help@lamps.example\nSubject: FW: lamp\n\nThis is what I got from the courier';
    expect(stripReply(body)).toBe(body);
  });

  it('keeps a message that is only a name under "--"', () => {
    expect(stripReply('--\nJane')).toBe('--\nJane');
    expect(stripReply('Thanks!\n--\nJane')).toBe('Thanks!');
  });

  it('cuts a closing whose signature holds links, phone numbers and long profile lines', () => {
    const body = [
      'Le colis est arrivé abîmé.',
      '',
      'Cordialement,',
      '*Nicolas Martin*',
      '*[image: Photo]Photo du profil',
      '<https://profiles.example/photos/105040947817397227789/albums/5668513848939008417>*',
      '*Atelier Martin*',
      '',
      'Tél: *06 33 33 44 03*',
      'Site: http://atelier-martin.example',
    ].join('\n');
    expect(stripReply(body)).toBe('Le colis est arrivé abîmé.');
  });

  it.each([
    ['Korean', '2026. 11. 30. 오후 3:12에 Lamps 고객센터 이(가) 쓴 글:'],
    ['Japanese', '2026/11/30 15:40 に Lamps サポート さんは書きました:'],
  ])("removes Thunderbird's %s attribution (no address, the verb right after the name)", (_language, attribution) => {
    expect(stripReply(`Size L, please.\n\n${attribution}\n> Which size?`)).toBe('Size L, please.');
  });

  it('keeps "Forwarded message:" and what it passes on', () => {
    const body = 'See what the courier sent me.\n\nForwarded message:\n\n> From: Courier <noreply@courier.example>';
    expect(stripReply(body)).toBe(body);
  });

  it('keeps an Outlook HTML header block that opens the mail, cuts the next one', () => {
    const header = (from: string) =>
      `<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> ${from}<br><b>Sent:</b> 30 November 2026 14:26<br><b>To:</b> help@lamps.example<br><b>Subject:</b> FW: lamp</p></div>`;
    const html = `<html><body><div class="WordSection1"><p class="MsoNormal">&nbsp;</p>${header('Jane Roe')}<p class="MsoNormal">This is what the courier wrote</p>${header('Courier &lt;noreply@courier.example&gt;')}<p class="MsoNormal">Your parcel is delayed</p></div></body></html>`;
    const text = stripReply(html);
    expect(text).toContain('This is what the courier wrote');
    expect(text).not.toContain('Your parcel is delayed');
  });
});

/** Rules added for blind set 6 (issue-10-strip6), in a shop's own words. */
describe('stripReply: rules learnt from blind set 6', () => {
  const forward =
    '---------- Forwarded message ---------\nFrom: Depot <noreply@depot.example>\nSubject: Pickup\n\nYour parcel waits at the depot.';

  it('cuts a name alone between the cover note and a forward, keeps the forward', () => {
    expect(stripReply(`Is this parcel mine?\n\nRuth Ng\n\n${forward}`)).toBe(`Is this parcel mine?\n\n${forward}`);
  });

  it('keeps a lone closing word above a forward, and a name alone that ends a reply with no forward', () => {
    expect(stripReply(`Is this parcel mine?\n\nThanks\n\n${forward}`)).toBe(`Is this parcel mine?\n\nThanks\n\n${forward}`);
    expect(stripReply('Is this parcel mine?\n\nRuth Ng')).toBe('Is this parcel mine?\n\nRuth Ng');
  });

  it.each([
    ['Latvian', 'Paldies,\nAnna', 'otrd., 2026. g. 1. dec., plkst. 09:00 — lietotājs Depo <info@depo.example> rakstīja:'],
    ['Bulgarian', 'Поздрави,\nИван', 'На вт, 1.12.2026 г. в 09:00 Депо <info@depo.example> написа:'],
    ['Croatian', 'Lijep pozdrav,\nAna', 'uto, 1. pro 2026. u 09:00 Depo <info@depo.example> napisao je:'],
  ])('cuts a %s closing with the name and the attribution below', (_language, closing, attribution) => {
    expect(stripReply(`Kada stiže paket?\n\n${closing}\n\n${attribution}\n\n> Paket je poslan.`)).toBe('Kada stiže paket?');
  });

  it('reads "כתב:" as a verb only when it is a word of its own ("במכתב:" is "in the letter:")', () => {
    expect(stripReply('אפשר להחליף?\n\nחנות <shop@example.co.il> כתב/ה:\n> נשלח היום')).toBe('אפשר להחליף?');
    const prose = 'שלום,\n\nהחשבונית 4410 מופיעה במכתב:\nמספר 88 בעמוד 2';
    expect(stripReply(prose)).toBe(prose);
  });
});
