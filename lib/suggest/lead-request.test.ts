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

  it("a replacement asked for after a damaged or wrong item is that problem's remedy, not an exchange", () => {
    const mail = 'The mirror turned up with a crack across it. Can you send another one?';
    const damaged = request(mail, 'The mirror turned up with a crack across it.', 'damaged_item', 0.7);
    const another = request(mail, 'Can you send another one?', 'exchange', 0.95);
    expect(leadRequest(mail, [damaged, another]).intent).toBe('damaged_item');
    const story = request(mail, 'The mirror turned up with a crack across it.', 'feedback', 0.7);
    expect(leadRequest(mail, [story, another]).intent).toBe('exchange');
  });

  it("sending back the wrong or broken item is the remedy of that problem, not the mail's point", () => {
    const mail = 'A blue lamp came instead of the green one. Should I post the blue one back to you?';
    const wrong = request(mail, 'A blue lamp came instead of the green one.', 'wrong_item', 0.55);
    const back = request(mail, 'Should I post the blue one back to you?', 'return_request', 0.98);
    expect(leadRequest(mail, [wrong, back]).intent).toBe('wrong_item');
    const story = request(mail, 'A blue lamp came instead of the green one.', 'shipping_question', 0.55);
    expect(leadRequest(mail, [story, back]).intent).toBe('return_request');
  });

  it('with one request, that one leads', () => {
    expect(leadRequest(text, [story(0.7)]).intent).toBe('complaint');
  });
});
