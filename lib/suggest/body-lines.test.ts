import { describe, expect, it } from 'vitest';
import { bodyLines } from '@/lib/suggest/body-lines';

const texts = (raw: string) => bodyLines(raw).map((line) => line.text);

describe('the lines of the customer’s own text', () => {
  it('keeps offsets into the raw text', () => {
    const raw = 'Hello,\n  Where is parcel 42?\n';
    const [line] = bodyLines(raw);
    expect(raw.slice(line!.start, line!.end)).toBe('Where is parcel 42?');
  });

  it('leaves out a marketplace’s wrapper and a pasted table row', () => {
    const raw =
      'Order ID: 111-222\nMessage:\nCan the lamp ship to Austria?\n1 | Lamp | 24,00 € |\nReply\neBay will never ask you for your password.';
    expect(texts(raw)).toEqual(['Can the lamp ship to Austria?']);
  });

  it('reads a forward under a bare greeting as the message, without its header fields', () => {
    const raw = 'Hi,\n---------- Forwarded message ---------\nFrom: Lena <l@example.org>\nSubject: Kabel\n\nIst das Kabel noch lieferbar?';
    expect(texts(raw)).toEqual(['Ist das Kabel noch lieferbar?']);
  });

  it('stops at quoted history', () => {
    expect(texts('¿Pueden cambiar la talla?\n> Gracias por su pedido')).toEqual(['¿Pueden cambiar la talla?']);
  });
});
