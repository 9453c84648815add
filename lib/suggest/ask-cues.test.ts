import { describe, expect, it } from 'vitest';
import { asks } from '@/lib/suggest/ask-cues';

describe('asks', () => {
  it('hears a question or a plea in every supported language', () => {
    for (const clause of [
      'Any idea what is going on',
      'Können Sie beim Versanddienstleister nachfragen',
      // The wish after a fronted word ("Sonst möchte ich …") inverts subject and verb.
      'Andernfalls möchte ich den Kaufpreis zurück.',
      'Pouvez-vous vérifier',
      '¿Sabéis algo?',
      '확인 부탁드려요.',
      '確認していただけますか。',
      // A demand put as "I ask you for" is an ask, not the story of the fault before it.
      "I'm asking for my money back on order 4410.",
      'Ich verlange die Erstattung des vollen Betrags.',
      'Je vous demande de reprendre ce fauteuil.',
      // A formal request ("I request …") asks as much as a plea.
      'I request a replacement for order 2291.',
      '주문 건의 교환을 요청합니다.',
      '代金の返金を求めます。',
      // A preference for what the shop does next is a wish ("preferimos que nos manden otras").
      'We would prefer that you send two new ones.',
      'Preferimos que nos manden otras dos iguales.',
    ])
      expect(asks(clause), clause).toBe(true);
  });

  it('hears no ask in a story, nor a cue inside a longer word', () => {
    for (const clause of [
      'I ordered the table on the 12th.',
      'Ich habe die Lampe am Montag bekommen.',
      'Whyte & Mackay arrived',
      'pleased with it',
    ])
      expect(asks(clause), clause).toBe(false);
  });
});
