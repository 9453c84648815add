import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { saysUnharmed } from '@/lib/suggest/lead-cues';
import { withoutUnharmedDamage } from '@/lib/suggest/unharmed';

const intentsOf = (text: string) => classifyIntent(text).requests.map((r) => r.intent);

describe('a battered parcel with the item unharmed asks for nothing by its damage', () => {
  it.each([
    'The lamp itself is totally fine, no scratches.',
    'Die Vase drin ist zum Glück heil.',
    'Par chance, le contenu est intact.',
    'Por suerte la cafetera está intacta.',
    '그릇들은 하나도 안 깨졌네요.',
    '中身は無事でした。',
  ])('%j says the item is unharmed', (clause) => {
    expect(saysUnharmed(clause)).toBe(true);
  });

  it('drops the damage told and keeps what the mail asks', () => {
    const text =
      'The box for the mirror turned up crushed on one corner and the tape split. The mirror itself is fine. Could you tell your courier to be more careful?';
    expect(intentsOf(text)).not.toContain('damaged_item');
  });

  it('keeps the damage when the item is not said unharmed, or when a remedy for it is asked', () => {
    expect(intentsOf('The box turned up crushed and the mirror inside is cracked.')).toContain('damaged_item');
    // A new outer box asked for a gift (LABELS.md: damaged_item) is asked, so it stays.
    const clauses = [
      { text: 'The box arrived crushed.', start: 0, end: 24 },
      { text: 'The kettle itself is fine.', start: 25, end: 51 },
      { text: 'Can you send a new box for it?', start: 52, end: 82 },
    ];
    const asked = { intent: 'damaged_item' as const, confidence: 0.8, ranking: [], start: 52, end: 82 };
    const told = { ...asked, start: 0, end: 24 };
    expect(withoutUnharmedDamage(clauses, [told, asked])).toEqual([asked]);
  });
});
