import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN_OPTIONS, type TrainingExample, trainIntentModel } from '@/lib/suggest/train';
import { readsAsLabelledTo } from './read-as-labelled';

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

describe('whether a real-mail span reads as its labelled intent alone', () => {
  const readsAsLabelled = readsAsLabelledTo(model);

  it('a span whose words name its intent reads as it', () => {
    expect(readsAsLabelled('Can you refund my money back?', 'refund')).toBe(true);
  });

  it('a span read as another intent, however sure, does not: its label came from the sentence before', () => {
    expect(readsAsLabelled('Can you refund my money back?', 'payment_issue')).toBe(false);
  });

  it('a span read as nothing does not', () => {
    expect(readsAsLabelled('Thanks a lot, have a nice day?', 'payment_issue')).toBe(false);
  });
});
