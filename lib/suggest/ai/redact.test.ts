import { describe, expect, it } from 'vitest';
import { OrderSchema } from '@/lib/schemas/order';
import { knownPersonalData } from '@/lib/suggest/ai/personal-data';
import { Redactor } from '@/lib/suggest/ai/redact';
import { orderShaped, ticketSaying } from '@/lib/suggest/testing/fixtures';

const ticket = ticketSaying('placeholder');
const customerName = ticket.customer.name!;
const [first, last] = customerName.split(' ') as [string, string];
const order = OrderSchema.parse({
  ...orderShaped('in-transit'),
  customer: { name: customerName, email: ticket.customer.email },
  shippingAddress: { name: 'Lena Vogel', address1: 'Kastanienallee 12', zip: '10435', city: 'Berlin', country: 'Germany' },
});

function redactor() {
  return new Redactor(knownPersonalData(ticket, [order]));
}

describe('Redactor', () => {
  it('replaces known names, also inside sentences and in other cases, and restores them', () => {
    const r = redactor();
    const text = `Hi, this is ${customerName}. My neighbour said ${first} should just wait, but ${last.toUpperCase()} is my name on the bell. The parcel is for Lena Vogel, Lena's birthday.`;
    const redacted = r.redact(text);
    for (const name of [customerName, first, last, last.toUpperCase(), 'Lena Vogel', 'Lena']) expect(redacted).not.toContain(name);
    expect(redacted).toContain('[CUSTOMER_NAME_1]');
    expect(redacted).toContain(`[CUSTOMER_FIRST_NAME_1] should just wait`);
    expect(redacted).toContain('[CUSTOMER_FIRST_NAME_2]');
    expect(r.restore(redacted)).toBe(text);
  });

  it('does not touch everyday words that only look like a name in other cases', () => {
    const r = new Redactor(knownPersonalData(null, [OrderSchema.parse({ ...orderShaped('in-transit'), customer: { name: 'Will Mark' } })]));
    expect(r.redact('We will mark it as urgent. Will Mark gets a call.')).toBe('We will mark it as urgent. [CUSTOMER_NAME_1] gets a call.');
  });

  it.each([
    ['+49 151 23456789', 'PHONE'],
    ['(555) 123-4567', 'PHONE'],
    ['+1 555.123.4567', 'PHONE'],
    ['010-1234-5678', 'PHONE'],
    ['+82 10-1234-5678', 'PHONE'],
    ['0151 2345 6789', 'PHONE'],
    ['03-1234-5678', 'PHONE'],
    ['jo.newman+shop@example.org', 'EMAIL'],
    ['4111 1111 1111 1111', 'CARD'],
    ['5500-0000-0000-0004', 'CARD'],
    ['DE89 3704 0044 0532 0130 00', 'IBAN'],
    ['ES9121000418450200051332', 'IBAN'],
    ['221B Baker Street', 'ADDRESS'],
    ['1600 Pennsylvania Avenue', 'ADDRESS'],
    ['Hauptstraße 5', 'ADDRESS'],
    ['Calle Mayor 12', 'ADDRESS'],
    ['12 rue de la Paix', 'ADDRESS'],
    ['테헤란로 123', 'ADDRESS'],
  ])('replaces %s by a %s placeholder and restores it', (value, kind) => {
    const r = redactor();
    const text = `Please use ${value} from now on, thanks.`;
    const redacted = r.redact(text);
    expect(redacted).not.toContain(value);
    expect(redacted).toMatch(new RegExp(`\\[${kind}_1\\]`));
    expect(r.restore(redacted)).toBe(text);
  });

  it('leaves order numbers, tracking numbers, dates and amounts for the model', () => {
    const text =
      'Order #1047 and 114-3941689-8772232, tracking 1ZA4W68F0386133239 and JJD000390007788123, paid €84.50 on 2026-11-24 (24.11.2026).';
    expect(redactor().redact(text)).toBe(text);
  });

  it("redacts the order's shipping address and the known email wherever they appear", () => {
    const r = redactor();
    const redacted = r.redact(`Ship to Kastanienallee 12, 10435 Berlin. Mail ${ticket.customer.email!.toUpperCase()}.`);
    expect(redacted).toBe('Ship to [ADDRESS_1], [ADDRESS_2]. Mail [EMAIL_1].');
  });

  it('keeps one placeholder per value across texts, defuses look-alike placeholders, and restores streamed text', () => {
    const r = redactor();
    expect(r.redact(`Write to ${ticket.customer.email}`)).toBe('Write to [EMAIL_1]');
    expect(r.redact(`${ticket.customer.email} again, not [EMAIL_1] or [email_2]`)).toBe('[EMAIL_1] again, not (EMAIL_1) or (email_2)');
    expect(r.restorePartial('Dear [CUSTOMER_FIR')).toBe('Dear ');
    expect(r.redact(`Dear ${customerName}`)).toBe('Dear [CUSTOMER_NAME_1]');
    expect(r.restore('Dear [CUSTOMER_NAME_1], [PHONE_9]')).toBe(`Dear ${customerName}, [PHONE_9]`);
    expect(r.unknownPlaceholders('[PHONE_9] [EMAIL_1]')).toEqual(['[PHONE_9]']);
    expect(r.replacements.map((x) => x.placeholder)).toEqual(['[EMAIL_1]', '[CUSTOMER_NAME_1]']);
  });
});
