import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { keepsAddress } from '@/lib/suggest/lead-cues';

/** Session 21: the address kept as it is asks no address change (clause-rules.ts, notSameAddress). */
describe('the same address', () => {
  it.each([
    'Same address as the order, please.',
    'Bitte an dieselbe Adresse wie bei der Bestellung.',
    'À la même adresse que la commande, merci.',
    'A la misma dirección del pedido, por favor.',
    '주문할 때랑 같은 주소로 보내주세요.',
    '注文時と同じ住所でお願いします。',
  ])('%j keeps the address', (clause) => {
    expect(keepsAddress(clause)).toBe(true);
  });

  it('names no address change where a new one is given', () => {
    expect(keepsAddress('Please send it to my new address, 4 Elm Road, instead.')).toBe(false);
  });

  it('reads a replacement shipped to the same address as the wrong item told before it, not an address change', () => {
    const mail =
      'Hi, my customer ordered the sage green table runner and got a mustard one. Could you ship her the sage one to the same address?\n\nLeon';
    const { intent, requests } = classifyIntent(mail);
    expect(intent).not.toBe('address_change');
    expect(requests.map((r) => r.intent)).not.toContain('address_change');
  });

  it('keeps an address change that gives another address', () => {
    expect(classifyIntent('Could you send order 4471 to my office instead: 12 King Street, Leeds LS1 2HQ?').intent).toBe('address_change');
  });
});
