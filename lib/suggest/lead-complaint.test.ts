import { describe, expect, it } from 'vitest';
import { leadRequest } from '@/lib/suggest/lead-request';
import type { MessageRequest } from '@/lib/suggest/requests';

const request = (intent: MessageRequest['intent'], confidence: number, start: number, end: number): MessageRequest => ({
  intent,
  confidence,
  start,
  end,
  ranking: [{ intent, score: confidence }],
});

/** Session 21: a complaint asked after a concrete problem told is how the customer puts the remedy (held-out 20's smell, LABELS.md: complaint only when nothing else is asked). */
describe('leadRequest: a complaint asked after a problem', () => {
  it.each([
    ['La funda huele fatal. Quiero que me mandéis otra funda que no huela.', 'damaged_item'],
    ['Two of the cups are missing. I want someone to sort this out now!', 'missing_item'],
    ['Die falsche Farbe kam an. Ich will, dass Sie das sofort klären!', 'wrong_item'],
  ] as const)('%j leads with %s', (text, problem) => {
    const split = text.indexOf('.') + 1;
    const requests = [request(problem, 0.31, 0, split), request('complaint', 0.49, split + 1, text.length)];
    expect(leadRequest(text, requests).intent).toBe(problem);
  });

  it('lets a surer complaint lead after a weak request that is no concrete problem', () => {
    const text = 'I asked about delivery times. I want to complain about how I was spoken to!';
    const requests = [request('shipping_question', 0.31, 0, 28), request('complaint', 0.49, 29, text.length)];
    expect(leadRequest(text, requests).intent).toBe('complaint');
  });
});
