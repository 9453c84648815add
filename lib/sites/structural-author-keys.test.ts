import { describe, expect, it } from 'vitest';
import type { Person } from '@/lib/schemas/ticket';
import type { GenericMessage } from '@/lib/sites/generic-message';
import { authorKeys, mostFrequentCustomer } from '@/lib/sites/structural-author-keys';

const by = (author: Person): GenericMessage => ({ author, text: 'Hallo', classWords: new Set(), header: '', side: null, kind: 'div' });

describe('one key per author', () => {
  it('keys a name-only block by the address the same name shows elsewhere, the later of two', () => {
    const messages = [
      by({ name: 'Jonas Weber' }),
      by({ name: 'Jonas Weber', email: 'jonas@privat.example' }),
      by({ name: 'Jonas Weber', email: 'j.weber@firma.example' }),
    ];
    expect(authorKeys(messages)).toEqual(['j.weber@firma.example', 'j.weber@firma.example', 'j.weber@firma.example']);
    expect(authorKeys([by({ name: 'Lea' }), by({})])).toEqual(['lea', '']);
  });
});

describe('the customer: the non-agent author who wrote most often', () => {
  it('passes over a colleague at the agents\u2019 own domain, and fills in what the first sighting lacked', () => {
    const messages = [
      by({ name: 'Kai Brandt', email: 'kai@laden.example' }),
      by({ name: 'Jonas Weber' }),
      by({ name: 'Ute Berg', email: 'ute@laden.example' }),
      by({ name: 'Jonas Weber', email: 'jonas@privat.example' }),
    ];
    const keys = authorKeys(messages);
    expect(mostFrequentCustomer(messages, keys, ['customer', 'customer', 'agent', 'customer'])).toEqual({
      name: 'Jonas Weber',
      email: 'jonas@privat.example',
    });
  });
});
