import { describe, expect, it } from 'vitest';
import { diffFacts, findPromises } from '@/lib/suggest/fact-diff';

const ORIGINAL =
  'Hi Emma,\n\nyour order #1047 is on its way with UPS, tracking number 1ZA4W68F0386133239. The total was $84.50, paid on November 24, 2026. Details: https://shop.example/orders/1047\n\nBest regards';

describe('diffFacts', () => {
  it('finds nothing when a translation keeps every fact, whatever their written form', () => {
    const spanish =
      'Hola Emma,\n\ntu pedido #1047 está en camino con UPS, número de seguimiento 1ZA4W68F0386133239. El total fue 84,50 $, pagado el 24.11.2026. Detalles: https://shop.example/orders/1047\n\nSaludos cordiales';
    expect(diffFacts(ORIGINAL, spanish)).toEqual({ changed: [], dropped: [] });
  });

  it('highlights a changed amount with what it was, and a fact that appeared or was dropped', () => {
    const result =
      'Hola Emma,\n\ntu pedido #1047 está en camino. El total fue 48,50 $, pagado el 24.11.2026. Llamanos al +34 612 345 678. Detalles: https://shop.example/orders/1047';
    const diff = diffFacts(ORIGINAL, result);
    expect(diff.changed.map(({ kind, text, was }) => ({ kind, text, was }))).toEqual([
      { kind: 'amount', text: '48,50 $', was: '$84.50' },
      { kind: 'phone', text: '+34 612 345 678', was: undefined },
    ]);
    const amount = diff.changed[0]!;
    expect(result.slice(amount.start, amount.end)).toBe('48,50 $');
    expect(diff.dropped).toEqual([{ kind: 'tracking_number', text: '1ZA4W68F0386133239' }]);
  });

  it('notices a date that moved and a promise that appeared in a rewrite', () => {
    const firmer = ORIGINAL.replace('November 24, 2026', 'November 25, 2026').replace('Best regards', 'We guarantee it arrives by Friday.');
    const diff = diffFacts(ORIGINAL, firmer);
    expect(diff.changed.map((c) => [c.kind, c.text, c.was ?? null, c.promise ?? null])).toEqual([
      ['date', 'November 25, 2026', 'November 24, 2026', null],
      ['promise', 'guarantee', null, 'guarantee'],
      ['promise', 'arrives by', null, 'delivery_by'],
    ]);
  });

  it('reads promises in several languages, and one the original made is no change', () => {
    expect(findPromises('Le reembolsaremos el importe. Wir erstatten den Betrag. 환불해 드리겠습니다.').map((p) => p.kind)).toEqual([
      'refund',
      'refund',
      'refund',
    ]);
    expect(diffFacts('We will refund you.', 'Le reembolsaremos.').changed).toEqual([]);
  });
});
