import { describe, expect, it } from 'vitest';
import type { Intent } from '@/lib/schemas/template';
import { asFaultRemedy } from '@/lib/suggest/fault-remedy';
import type { MessageRequest } from '@/lib/suggest/requests';
import { segmentClauses } from '@/lib/suggest/segment';

/** A request over the given words of the text, read `intent` first and `second` after it. */
function request(text: string, words: string, intent: Intent, second: Intent = 'other'): MessageRequest {
  const start = text.indexOf(words);
  const ranking = [
    { intent, score: 0.7 },
    { intent: second, score: 0.2 },
    { intent: 'feedback' as Intent, score: 0.1 },
  ];
  return { intent, confidence: 0.7, ranking, start, end: start + words.length };
}

const remedied = (text: string, requests: MessageRequest[]) => asFaultRemedy(segmentClauses(text), requests);

describe('asFaultRemedy: an exchange asked after a fault is told', () => {
  it.each([
    ['The kettle started leaking after a week. Can I swap it for a new one?', 'Can I swap it for a new one?'],
    ['der Reißverschluss klemmt seit gestern. Kann ich die Jacke umtauschen?', 'Kann ich die Jacke umtauschen?'],
    ["la lampe ne fonctionne plus depuis lundi. Je peux l'échanger ?", "Je peux l'échanger ?"],
    ['la tostadora dejó de funcionar. ¿Me la cambian por otra?', '¿Me la cambian por otra?'],
    ['전원이 안 켜져요. 새 제품으로 교환 가능할까요?', '새 제품으로 교환 가능할까요?'],
    ['取っ手が割れていました。交換できますか。', '交換できますか。'],
  ])('reads "%s" as damaged_item, its confidence kept', (text, ask) => {
    const [read] = remedied(text, [request(text, ask, 'exchange', 'damaged_item')]);
    expect(read?.intent).toBe('damaged_item');
    expect(read?.confidence).toBe(0.7);
    expect(read?.ranking[0]).toEqual({ intent: 'damaged_item', score: 0.7 });
    expect(read?.ranking.find((s) => s.intent === 'exchange')?.score).toBe(0.2);
  });

  it('leaves a size or colour exchange alone, and a fault told only after the ask', () => {
    const size = 'The boots are lovely but a size too small. Can I swap them for a 39?';
    expect(remedied(size, [request(size, 'Can I swap them for a 39?', 'exchange')])[0]?.intent).toBe('exchange');
    const after = 'Can I swap the mug for the blue one? The other one I bought was broken, by the way.';
    expect(remedied(after, [request(after, 'Can I swap the mug for the blue one?', 'exchange')])[0]?.intent).toBe('exchange');
  });

  it('leaves the exchange as the remedy when the fault is a request of its own', () => {
    const text = 'The vase arrived cracked. Can I exchange it?';
    const requests = [request(text, 'The vase arrived cracked.', 'damaged_item'), request(text, 'Can I exchange it?', 'exchange')];
    expect(remedied(text, requests).map((r) => r.intent)).toEqual(['damaged_item', 'exchange']);
  });
});
