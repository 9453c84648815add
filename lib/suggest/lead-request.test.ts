import { describe, expect, it } from 'vitest';
import type { Intent } from '@/lib/schemas/template';
import { LEAD_MARGIN, leadRequest } from '@/lib/suggest/lead-request';
import type { MessageRequest } from '@/lib/suggest/requests';

/** A request over the given words of the text, with the given raw confidence. */
function request(text: string, words: string, intent: Intent, confidence: number): MessageRequest {
  const start = text.indexOf(words);
  return { intent, confidence, ranking: [{ intent, score: confidence }], start, end: start + words.length };
}

describe('leadRequest: which request a message is about', () => {
  const text = "I'm disappointed, the towels look nothing like the photos. Can I return them?";
  const story = (confidence: number) =>
    request(text, "I'm disappointed, the towels look nothing like the photos.", 'complaint', confidence);
  const ask = (confidence: number) => request(text, 'Can I return them?', 'return_request', confidence);

  it('a later request that asks leads over a story it is clearly surer than', () => {
    expect(leadRequest(text, [story(0.55), ask(0.99)]).intent).toBe('return_request');
  });

  it('the story still leads when the asking request is not surer by the margin', () => {
    expect(leadRequest(text, [story(0.9), ask(0.9 + LEAD_MARGIN / 2)]).intent).toBe('complaint');
  });

  it('a first request that asks always leads', () => {
    const asking = 'Could you cancel my order? Also I was charged twice.';
    const first = request(asking, 'Could you cancel my order?', 'cancel_order', 0.6);
    const second = request(asking, 'Also I was charged twice.', 'payment_issue', 0.99);
    expect(leadRequest(asking, [first, second]).intent).toBe('cancel_order');
  });

  // A remedy asked after a problem (a replacement, sending the item back) leaves the lead to the
  // problem; after a story of another intent it leads as usual.
  it.each([
    ['The mirror turned up with a crack across it.', 'damaged_item', 'Can you send another one?', 'exchange'],
    ['A blue lamp came instead of the green one.', 'wrong_item', 'Should I post the blue one back to you?', 'return_request'],
  ] as const)("after '%s' (%s), '%s' (%s) is that problem's remedy", (problemText, problem, remedyText, remedy) => {
    const mail = `${problemText} ${remedyText}`;
    const asked = request(mail, remedyText, remedy, 0.95);
    expect(leadRequest(mail, [request(mail, problemText, problem, 0.6), asked]).intent).toBe(problem);
    expect(leadRequest(mail, [request(mail, problemText, 'feedback', 0.6), asked]).intent).toBe(remedy);
  });

  it('with one request, that one leads', () => {
    expect(leadRequest(text, [story(0.7)]).intent).toBe('complaint');
  });
});
