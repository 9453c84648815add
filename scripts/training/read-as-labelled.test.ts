import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_OPTIONS, type TrainingExample, trainIntentModel } from '@/lib/suggest/train';
import { keepsSpanBy } from './read-as-labelled';

const rows = (intent: TrainingExample['intent'], texts: string[]) => texts.map((text) => ({ text, intent }));
const model = trainIntentModel(
  [
    ...rows('refund', ['I want my money back', 'please refund me', 'refund my order', 'where is my refund']),
    ...rows('where_is_my_order', ['where is my parcel', 'my package has not arrived', 'track my order']),
    ...rows('payment_issue', ['I was charged twice', 'my card was charged two times', 'double charge on my card']),
    ...rows('other', ['thanks a lot', 'have a nice day', 'kind regards', 'thank you so much']),
  ],
  DEFAULT_TRAIN_OPTIONS,
);

describe('which real-mail spans the recipe trains on', () => {
  const keepsSpan = keepsSpanBy(model);

  it('keeps a span whose words name its intent', () => {
    expect(keepsSpan({ text: 'Can you refund my money back?', intent: 'refund' })).toBe(true);
  });

  it('leaves out a span read as another intent, however sure: its label came from the mail around it', () => {
    expect(keepsSpan({ text: 'Can you refund my money back?', intent: 'payment_issue' })).toBe(false);
  });

  it('keeps a span read as nothing, in words the judge does not know, after a sentence that tells something else', () => {
    const text = 'Pourriez-vous la garder jusqu’au 12 janvier ?';
    expect(keepsSpan({ text, intent: 'modify_order', withBefore: `Kind regards. ${text}` })).toBe(true);
    expect(keepsSpan({ text, intent: 'modify_order' })).toBe(true);
  });

  it('leaves out a span read as nothing whose sentence before gives it its label: an ask about that sentence', () => {
    const text = 'Könnt ihr das prüfen?';
    expect(keepsSpan({ text, intent: 'payment_issue', withBefore: `My card was charged twice. ${text}` })).toBe(false);
  });

  it('leaves out a span read as nothing whose label the mail told earlier, not only in the clause before it', () => {
    const text = 'Könnt ihr das prüfen?';
    const toldBefore = 'My card was charged twice. Have a nice day. ';
    expect(keepsSpan({ text, intent: 'payment_issue', withBefore: `Have a nice day. ${text}`, toldBefore })).toBe(false);
    expect(keepsSpan({ text, intent: 'payment_issue', withBefore: `Have a nice day. ${text}`, toldBefore: 'Have a nice day. ' })).toBe(
      true,
    );
  });
});
