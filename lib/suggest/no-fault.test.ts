import { describe, expect, it } from 'vitest';
import type { Intent } from '@/lib/schemas/template';
import { classifyIntent } from '@/lib/suggest/classify';
import { deniesFault, tellsFault } from '@/lib/suggest/lead-cues';
import { withoutDeniedFault } from '@/lib/suggest/no-fault';
import type { Clause } from '@/lib/suggest/segment';

const clause = (text: string, start = 0): Clause => ({ text, start, end: start + text.length });

describe('deniesFault: "not a fault, just not my taste", in six languages', () => {
  it.each([
    "There's nothing wrong with it, it just clashes with the curtains.",
    'Es ist kein Mangel, nur passt farblich nicht ins Bad.',
    "Ce n'est pas un défaut, mais la teinte ne va pas avec ma cuisine.",
    'No es un defecto, pero no combina con el resto.',
    '불량은 아니지만 방 분위기랑 안 어울려요.',
    '不良ではないのですが、色がイメージと違いました。',
  ])('reads %j as denying a fault, and telling none', (text) => {
    expect(deniesFault(text)).toBe(true);
    expect(tellsFault(text)).toBe(false);
  });

  it('still reads a fault told plainly', () => {
    expect(deniesFault('The handle is broken.')).toBe(false);
    expect(tellsFault('The handle is broken.')).toBe(true);
  });
});

describe('withoutDeniedFault', () => {
  const asked = (...intents: Intent[]) => intents.map((intent) => ({ intent }));

  it('drops the fault readings when the mail denies a fault and asks a swap', () => {
    const clauses = [clause('It came in bright orange.'), clause('It is not faulty, just not the colour I expected.', 30)];
    expect(withoutDeniedFault(clauses, asked('wrong_item', 'exchange'))).toEqual(asked('exchange'));
  });

  it('keeps them when nothing is denied, or nothing swapped', () => {
    expect(withoutDeniedFault([clause('It came in bright orange.')], asked('wrong_item', 'exchange'))).toEqual(
      asked('wrong_item', 'exchange'),
    );
    expect(withoutDeniedFault([clause('Not a fault, but it is scratched.')], asked('damaged_item'))).toEqual(asked('damaged_item'));
  });
});

describe('a colour unlike the photos, no fault, a swap asked', () => {
  it.each([
    "Hello, the vase came today and it's a loud orange, not the soft terracotta on your website. It isn't faulty, it's just not the colour I expected. Could I swap it for the grey one? Order 5521.",
    'Bonjour, le coussin reçu est jaune vif alors que la photo montrait un jaune pâle. Ce n’est pas un défaut, mais il ne va pas avec mon salon. Est-ce que je peux l’échanger contre le beige ?',
    '届いたマグカップが写真よりずっと濃い赤でした。不良ではないのですが、食器と合わず…。白と交換していただけますか。',
  ])('%j leads with exchange', (text) => {
    expect(classifyIntent(text).intent).toBe('exchange');
  });
});
