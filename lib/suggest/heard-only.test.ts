import { describe, expect, it } from 'vitest';
import type { Intent } from '@/lib/schemas/template';
import { classifyIntent } from '@/lib/suggest/classify';
import { asHeardOnly } from '@/lib/suggest/heard-only';
import { asksOnlyToBeHeard } from '@/lib/suggest/lead-cues';
import type { Clause } from '@/lib/suggest/segment';

const clause = (text: string, start = 0): Clause => ({ text, start, end: start + text.length });
const request = (intent: Intent, start: number, end: number) => ({
  intent,
  confidence: 0.8,
  ranking: [
    { intent, score: 0.8 },
    { intent: 'complaint' as Intent, score: 0.2 },
  ],
  start,
  end,
});

describe('asksOnlyToBeHeard: "I am not asking for anything", in six languages', () => {
  it.each([
    "To be clear, I'm not asking for anything back.",
    'Ich verlange nichts, ich wollte es nur loswerden.',
    'Je ne demande rien, je voulais juste que vous le sachiez.',
    'No pido nada, solo quería contarlo.',
    '보상을 바라는 건 아니고 그냥 알려드리고 싶었어요.',
    '何かしてほしいわけではありませんが、一言お伝えしたくて。',
  ])('reads %j', (text) => {
    expect(asksOnlyToBeHeard(text)).toBe(true);
  });

  it('not a plain ask, nor a refund refused for another remedy', () => {
    expect(asksOnlyToBeHeard('Can you send the missing lid?')).toBe(false);
    expect(asksOnlyToBeHeard("I don't want a refund, please send another.")).toBe(false);
  });
});

describe('asHeardOnly', () => {
  const story = 'The mug came in a crate of foam for one small cup.';
  const heard = "I'm not asking for anything back.";
  const clauses = [clause(story), clause(heard, story.length + 1)];

  it('drops the story read as a damaged item, and makes the mail a complaint', () => {
    const found = asHeardOnly(clauses, [request('damaged_item', 0, story.length)]);
    expect(found.map((r) => [r.intent, r.start])).toEqual([['complaint', story.length + 1]]);
  });

  it('keeps a complaint already read, and an ask written after the words', () => {
    const after = clauses[1]!.end + 1;
    const found = asHeardOnly(clauses, [request('complaint', 0, story.length), request('return_request', after, after + 20)]);
    expect(found.map((r) => r.intent)).toEqual(['complaint', 'return_request']);
  });

  it('leaves a mail that never says it', () => {
    expect(asHeardOnly([clause(story)], [request('damaged_item', 0, story.length)])[0]!.intent).toBe('damaged_item');
  });
});

describe('a grievance that asks only to be heard (synthetic mails)', () => {
  it.each([
    'Hello, I ordered one pen and it came in a huge carton stuffed with plastic. I am not asking for anything back, I just want this to reach someone who can change it.',
    'Hola, compré una libreta y llegó en una caja enorme llena de plástico. No pido nada a cambio, solo que alguien lo lea.',
    '볼펜 하나 시켰는데 상자가 엄청 크고 비닐이 가득했어요. 이게 맞나요? 뭘 해달라는 건 아니고요, 담당자분께 꼭 전달해 주세요.',
  ])('%j leads with complaint', (text) => {
    expect(classifyIntent(text).intent).toBe('complaint');
  });
});
